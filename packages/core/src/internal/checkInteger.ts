import type { InputIssue } from '../errors/InvalidInputError.ts';
import { refuse } from './refuse.ts';

/**
 * The problem with an integer option, or null when `value` is a safe integer from `min` to
 * `max` (no upper bound when omitted). For checks that gather every problem before throwing.
 *
 * @throws never
 * @example
 * const issue = integerIssue(options.concurrency, 'concurrency', 1)
 * if (issue) issues.push(issue)
 */
export function integerIssue(
  value: unknown,
  field: string,
  min: number,
  max?: number,
): InputIssue | null {
  if (
    Number.isSafeInteger(value) &&
    (value as number) >= min &&
    (max === undefined || (value as number) <= max)
  ) {
    return null;
  }
  const range = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
  return { field, message: `must be an integer ${range}` };
}

/**
 * Refuses a value that is not an integer from `min` to `max` (no upper bound when omitted),
 * naming the field. One check for every paging, collecting and concurrency option.
 *
 * @throws {InvalidInputError} naming `field` when the value is out of range or not an integer
 * @example
 * checkInteger(options.pageSize, 'pageSize', 1, MAX_PAGE_SIZE)
 */
export function checkInteger(value: unknown, field: string, min: number, max?: number): void {
  const issue = integerIssue(value, field, min, max);
  if (issue) refuse(issue.field!, issue.message);
}

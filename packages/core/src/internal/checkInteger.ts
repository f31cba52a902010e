import { refuse } from './refuse.ts';

/**
 * Refuses a value that is not an integer from `min` to `max` (no upper bound when omitted),
 * naming the field. One check for every paging and collecting option.
 */
export function checkInteger(value: unknown, field: string, min: number, max?: number): void {
  if (
    !Number.isInteger(value) ||
    (value as number) < min ||
    (max !== undefined && (value as number) > max)
  ) {
    const range = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
    refuse(field, `must be an integer ${range}`);
  }
}

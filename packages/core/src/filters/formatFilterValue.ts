import { refuse as fail } from '../internal/refuse.ts';
import type { FilterScalar } from './types.ts';

/**
 * Writes a value for the filter grammar (api-contract §7): Date as UTC ISO 8601, booleans lower
 * case, and any value with a character outside `[A-Za-z0-9_.-]` in double quotes with `\` as
 * `\\` and `"` as `\"`.
 *
 * @throws {InvalidInputError} for null, undefined, NaN, Infinity, an invalid Date or an object.
 * @example
 * formatFilterValue('My Site') // '"My Site"'
 */
export function formatFilterValue(value: FilterScalar, field = 'value'): string {
  return quoteFilterValue(scalarText(value, field));
}

/** Quotes and escapes text when it holds anything outside `[A-Za-z0-9_.-]` (or is empty). */
export function quoteFilterValue(text: string): string {
  if (/^[A-Za-z0-9_.-]+$/.test(text)) return text;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function scalarText(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(field, `${value} is not a finite number`);
    return String(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(field, 'invalid Date');
    return value.toISOString();
  }
  // null (the API cannot filter on it), undefined inside a list, objects, ...
  fail(field, `${value === null ? 'null' : typeof value} is not a filter value`);
}

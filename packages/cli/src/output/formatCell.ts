/**
 * Turns one field's value into the text of a table or CSV cell: dates as ISO 8601, nested
 * objects and arrays as JSON, null and undefined as an empty cell.
 *
 * @throws never
 * @example
 * formatCell(new Date(0)); // '1970-01-01T00:00:00.000Z'
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

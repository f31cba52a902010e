import type { ExportValue } from '@imednet/export';

/**
 * A cell's value as text: timestamps as `YYYY-MM-DD HH:MM` UTC, null as empty.
 *
 * @throws never
 * @example
 * formatCell(new Date(0)) // '1970-01-01 00:00'
 */
export function formatCell(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ');
  return String(value);
}

import { toTextValue } from '../internal/formatValue.ts';
import type { ExportColumn, ExportRow } from '../types.ts';

/** One row as JSON text, keys in column order, dates as ISO strings, missing keys as null. */
export function rowToJson(row: ExportRow, columns: readonly ExportColumn[]): string {
  const object: Record<string, unknown> = {};
  for (const column of columns) object[column.name] = toTextValue(row[column.name], column.type);
  return JSON.stringify(object);
}

import { isExactNumber } from '@imednet/core';
import { toTextValue } from '../internal/formatValue.ts';
import type { ExportColumn, ExportRow } from '../types.ts';

/**
 * One row as JSON text, keys in column order, dates as ISO strings, missing keys as null. A
 * number beyond double precision is written as the JSON number it was sent as, digit for
 * digit (`JSON.stringify` has no raw numbers on Node 20).
 */
export function rowToJson(row: ExportRow, columns: readonly ExportColumn[]): string {
  const object: Record<string, unknown> = {};
  let exact = false;
  for (const column of columns) {
    const value = toTextValue(row[column.name], column.type);
    if (isExactNumber(value)) exact = true;
    object[column.name] = value;
  }
  if (!exact) return JSON.stringify(object);
  const members = Object.entries(object).map(
    ([key, value]) =>
      `${JSON.stringify(key)}:${isExactNumber(value) ? value.text : JSON.stringify(value)}`,
  );
  return `{${members.join(',')}}`;
}

import type { ExactNumber } from '@imednet/core';
import type { ColumnType, ExportValue } from '../types.ts';

/** `YYYY-MM-DD` of a date, in UTC (dates from the API carry no zone). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The text form of a value for text outputs (CSV, JSON): dates of `date` columns as
 * `YYYY-MM-DD`, other dates as full ISO timestamps; null stays null; an `ExactNumber` stays one
 * (its digits are written as they are).
 */
export function toTextValue(
  value: ExportValue | undefined,
  type: ColumnType,
): string | number | boolean | ExactNumber | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return type === 'date' ? toIsoDate(value) : value.toISOString();
  }
  return value;
}

import { ExportError } from '../errors/ExportError.ts';
import type { TypedValue } from '../internal/coerceValue.ts';
import type { ExportColumn } from '../types.ts';

/** Excel's longest text cell. */
const MAX_TEXT = 32_767;

/**
 * A coerced value as an Excel cell holds it: `date` columns' `YYYY-MM-DD` text as a Date at
 * UTC midnight (the column's number format shows it as a date), numbers that Excel cannot
 * hold (NaN, infinities) as text.
 *
 * @throws {ExportError} for text over 32,767 characters, naming the column and row only
 *   (the value may be patient data).
 */
export function xlsxCellValue(
  value: TypedValue,
  column: ExportColumn,
  rowIndex: number,
): TypedValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'string') return value;
  if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  if (value.length > MAX_TEXT) {
    throw new ExportError(
      `Column "${column.name}" of row ${rowIndex + 1} holds ${value.length} characters; an Excel cell holds at most ${MAX_TEXT}`,
    );
  }
  return value;
}

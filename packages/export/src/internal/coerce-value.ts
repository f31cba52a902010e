import { ExportError } from '../errors.js';
import type { ExportColumn, ExportValue } from '../types.js';
import { toIsoDate } from './format-value.js';

/**
 * A value in the JS type its column's type stands for: string for `string`, number for
 * `integer` and `number`, boolean, `YYYY-MM-DD` text for `date`, Date for `timestamp`.
 */
export type TypedValue = string | number | boolean | Date | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Brings a value to its column's type for the typed outputs (Parquet, SQLite, DuckDB).
 * The empty string is null outside text columns. A value that cannot be converted is an
 * error naming the column and row, never the value itself (it may be patient data).
 */
export function coerceValue(
  value: ExportValue | undefined,
  column: ExportColumn,
  rowIndex: number,
): TypedValue {
  if (value === null || value === undefined) return null;
  if (column.type === 'string') return value instanceof Date ? value.toISOString() : String(value);
  if (value === '') return null;
  const converted = convert(value, column);
  if (converted === undefined) {
    const kind = value instanceof Date ? 'Date' : typeof value;
    throw new ExportError(
      `Column "${column.name}" of type ${column.type} cannot hold the ${kind} value of row ${rowIndex + 1}`,
    );
  }
  return converted;
}

function convert(value: Exclude<ExportValue, null>, column: ExportColumn): TypedValue | undefined {
  switch (column.type) {
    case 'integer': {
      const n = toNumber(value);
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    }
    case 'number':
      return toNumber(value);
    case 'boolean':
      return toBoolean(value);
    case 'date':
      return toDateText(value);
    case 'timestamp':
      return toDate(value);
    default:
      return undefined;
  }
}

function toNumber(value: Exclude<ExportValue, null>): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

function toBoolean(value: Exclude<ExportValue, null>): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

function toDateText(value: Exclude<ExportValue, null>): string | undefined {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    return Number.isNaN(Date.parse(value)) ? undefined : value;
  }
  const date = toDate(value);
  return date ? toIsoDate(date) : undefined;
}

function toDate(value: Exclude<ExportValue, null>): Date | undefined {
  if (typeof value === 'boolean') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

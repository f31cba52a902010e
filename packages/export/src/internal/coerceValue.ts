import { isExactNumber } from '@imednet/core';
import { ExactColumnsError } from '../errors/ExactColumnsError.ts';
import { ExportError } from '../errors/ExportError.ts';
import type { ExportColumn, ExportValue } from '../types.ts';
import { exactText } from './exactText.ts';
import { toIsoDate } from './formatValue.ts';
import { toBoolean } from './toBoolean.ts';

/**
 * A value in the JS type its column's type stands for: string for `string`, number for
 * `integer` (bigint beyond the safe range, within 64 bits) and `number`, boolean, `YYYY-MM-DD` text for `date`, `HH:mm:ss[.fff]` text for
 * `time`, Date for `timestamp`.
 */
export type TypedValue = string | number | bigint | boolean | Date | null;

/** What to do with a value its column's type cannot hold. */
export type InvalidValuePolicy = 'error' | 'null' | 'keep';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `2024-01-05 10:00[:00[.000]]` with no zone: read as UTC, as the API sends it. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** `HH:mm[:ss[.fff]]`, 24-hour clock. */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,3})?)?$/;
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Brings a value to its column's type for the typed outputs (Parquet, SQLite, DuckDB).
 * The empty string is null outside text columns. A value that cannot be converted (the
 * record mapper passes a non-numeric answer of a numeric variable on as text) is, by
 * policy, an error naming the column and row but never the value (it may be patient
 * data), null, or kept as it is (SQLite stores any value in any column). A number beyond
 * what its column type keeps (see `exactText`: an `ExactNumber` or such numeric text in a
 * `number` column, integer digits beyond 64 bits in an `integer` one) is never rounded: in a
 * column written `asText` every number is the text of its exact digits; otherwise it is an
 * {@link ExactColumnsError} naming the column, whatever the policy. An integer within 64 bits
 * but beyond 2^53 is a bigint.
 *
 * @throws {ExactColumnsError} for such a number in a column not written `asText`.
 * @throws {ExportError} with the `'error'` policy, for a value its column cannot hold.
 * @example
 * coerceValue('12', { name: 'AGE', type: 'integer' }, 0); // 12
 * coerceValue(new ExactNumber('1e400'), { name: 'X', type: 'number' }, 0, 'error', true); // '1e400'
 */
export function coerceValue(
  value: ExportValue | undefined,
  column: ExportColumn,
  rowIndex: number,
  policy: InvalidValuePolicy = 'error',
  asText = false,
): TypedValue {
  if (value === null || value === undefined) return null;
  // The common cell first: a plain number in its own numeric column.
  if (typeof value === 'number' && !asText) {
    if (column.type === 'number') return value;
    if (column.type === 'integer' && Number.isSafeInteger(value)) return value;
  }
  if (column.type === 'string') return value instanceof Date ? value.toISOString() : String(value);
  if (value === '') return null;
  if (typeof value !== 'number' && (column.type === 'number' || column.type === 'integer')) {
    const exact = exactText(value, column.type);
    if (exact !== undefined) {
      if (asText) return exact;
      throw new ExactColumnsError({ columns: [column.name] });
    }
  }
  const converted = convert(value, column);
  if (converted === undefined) {
    if (policy === 'null') return null;
    // Kept as text, a number would be rounded by a numeric column's affinity (SQLite).
    if (policy === 'keep' && !isExactNumber(value)) return value;
    const kind = value instanceof Date ? 'Date' : isExactNumber(value) ? 'number' : typeof value;
    throw new ExportError(
      `Column "${column.name}" of type ${column.type} cannot hold the ${kind} value of row ${rowIndex + 1} (set invalidValues to 'null' to write null instead)`,
    );
  }
  return asText && (typeof converted === 'number' || typeof converted === 'bigint')
    ? String(converted)
    : converted;
}

function convert(value: Exclude<ExportValue, null>, column: ExportColumn): TypedValue | undefined {
  switch (column.type) {
    case 'integer':
      return toInteger(value);
    case 'number':
      // Only an ExactNumber exactText let through (in no column's reach): refused by policy.
      return isExactNumber(value) ? undefined : toNumber(value);
    case 'boolean':
      return toBoolean(value);
    case 'date':
      return toDateText(value);
    case 'time':
      return toTimeText(value);
    case 'timestamp':
      return toDate(value);
    default:
      return undefined;
  }
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * An integer as a number, or as a bigint when it is beyond the safe range but within 64 bits
 * (the INT64 and BIGINT columns hold it exactly); never a rounded one.
 */
function toInteger(value: Exclude<ExportValue, null>): number | bigint | undefined {
  const digits = isExactNumber(value)
    ? value.text
    : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)
      ? value.trim()
      : undefined;
  if (digits === undefined) {
    const n = toNumber(value);
    if (n === undefined || !Number.isInteger(n)) return undefined;
    return Number.isSafeInteger(n) ? n : toInteger(BigInt(n).toString());
  }
  if (!/^[+-]?\d+$/.test(digits)) return undefined;
  const big = BigInt(digits);
  if (big > INT64_MAX || big < -INT64_MAX - 1n) return undefined;
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
}

function toNumber(value: Exclude<ExportValue, null>): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** `DD-MMM-YYYY`, the other form iMednet studies give dates in. */
const DMY = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/;

function toDateText(value: Exclude<ExportValue, null>): string | undefined {
  const dmy = typeof value === 'string' ? DMY.exec(value.trim()) : null;
  if (dmy) {
    const month = MONTHS.indexOf(dmy[2]!.toUpperCase()) + 1;
    const iso = `${dmy[3]}-${String(month).padStart(2, '0')}-${dmy[1]}`;
    const day = new Date(`${iso}T00:00:00Z`);
    return month > 0 && !Number.isNaN(day.getTime()) && toIsoDate(day) === iso ? iso : undefined;
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    const dated = ISO_DATE.test(value) || ZONELESS.test(value) || /^\d{4}-\d{2}-\d{2}T/.test(value);
    return dated && !Number.isNaN(Date.parse(day)) ? day : undefined;
  }
  const date = toDate(value);
  return date ? toIsoDate(date) : undefined;
}

function toDate(value: Exclude<ExportValue, null>): Date | undefined {
  if (typeof value === 'boolean' || isExactNumber(value)) return undefined;
  const text =
    typeof value === 'string' && ZONELESS.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = text instanceof Date ? text : new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function toTimeText(value: Exclude<ExportValue, null>): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(11, 23);
  }
  const match = typeof value === 'string' ? TIME.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, hours, minutes, seconds = '00', fraction = ''] = match;
  return `${hours}:${minutes}:${seconds}${fraction}`;
}

/**
 * Milliseconds since midnight of a `time` value as {@link coerceValue} gives it.
 *
 * @throws never.
 * @example
 * timeOfDayMs('01:00:00.5'); // 3_600_500
 */
export function timeOfDayMs(time: string): number {
  const [hours, minutes, seconds] = time.split(':').map(Number) as [number, number, number];
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}

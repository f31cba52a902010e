import { ExactNumber, isExactNumber } from '@imednet/core';
import { toBoolean } from '../internal/toBoolean.ts';
import type { DatasetJsonDataType, DatasetJsonValue } from './types.ts';

/**
 * A value in its Dataset-JSON form, or `undefined` when the column's type cannot hold it. An
 * integer beyond ±2^53 is an `ExactNumber`, to be written as a JSON integer of its digits.
 */
export type ToDatasetValue = (value: unknown) => DatasetJsonValue | ExactNumber | undefined;

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;
const INTEGER = /^[-+]?\d+$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DMY_DATE = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Beyond this exponent a decimal's plain text would be absurdly long: not a real value. */
const MAX_EXPONENT = 1000;

/** The converter for one column type (picked once per column, not per cell). */
export function datasetValueOf(dataType: DatasetJsonDataType): ToDatasetValue {
  switch (dataType) {
    case 'integer':
      return typed(toInteger);
    case 'decimal':
      return typed(toDecimal);
    case 'float':
    case 'double':
      return typed(toFloat);
    case 'boolean':
      return typed(toBoolean);
    case 'date':
      return typed(toDate);
    case 'datetime':
      return typed(toDateTime);
    case 'time':
      return typed(toTime);
    default:
      return toText;
  }
}

/** Missing (null, undefined, and '' outside text) is null; the rest goes to `convert`. */
function typed(
  convert: (value: unknown) => DatasetJsonValue | ExactNumber | undefined,
): ToDatasetValue {
  return (value) => (value === null || value === undefined || value === '' ? null : convert(value));
}

function toText(value: unknown): DatasetJsonValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return isValidDate(value) ? value.toISOString() : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'object')
    return Array.isArray(value) || isPlain(value) ? JSON.stringify(value) : String(value);
  return String(value);
}

/**
 * A JSON integer: a number within ±2^53, or beyond that an `ExactNumber` of the exact digits
 * (JSON and the schema's `integer` have no size limit; a double would round them).
 */
function toInteger(value: unknown): DatasetJsonValue | ExactNumber | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  const text =
    typeof value === 'bigint' || isExactNumber(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : undefined;
  if (text === undefined || !INTEGER.test(text)) return undefined;
  const n = Number(text);
  if (Number.isSafeInteger(n)) return n;
  // As JSON writes an integer: no plus sign, no leading zeros.
  return new ExactNumber(text.replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1'));
}

/**
 * Exact decimal text: a number's shortest round-trip digits, numeric text as written (an
 * exponent moved into the digits), and any other value whose text is a number (a lossless
 * number type) the same way.
 */
function toDecimal(value: unknown): DatasetJsonValue | undefined {
  if (typeof value === 'boolean' || value instanceof Date) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (typeof value === 'object' && value !== null && (Array.isArray(value) || isPlain(value))) {
    return undefined;
  }
  return plainDecimal(String(value).trim());
}

/** Numeric text without exponent (`1.5e3` → `1500`), or undefined when it is not a number. */
export function plainDecimal(text: string): string | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '', fraction, exponent] = match;
  if (whole === '' && (fraction === undefined || fraction === '')) return undefined;
  const minus = sign === '-' ? '-' : '';
  if (exponent === undefined) {
    return `${minus}${whole === '' ? '0' : whole}${fraction ? `.${fraction}` : ''}`;
  }
  const shift = Number(exponent);
  if (Math.abs(shift) > MAX_EXPONENT) return undefined;
  const digits = whole + (fraction ?? '');
  const point = whole.length + shift;
  let intPart: string;
  let fracPart: string;
  if (point <= 0) {
    intPart = '0';
    fracPart = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    intPart = digits + '0'.repeat(point - digits.length);
    fracPart = '';
  } else {
    intPart = digits.slice(0, point);
    fracPart = digits.slice(point);
  }
  intPart = intPart.replace(/^0+(?=\d)/, '');
  return `${minus}${intPart}${fracPart ? `.${fracPart}` : ''}`;
}

/** A JSON number; an `ExactNumber` (`1e400`, 20 digits) keeps its digits, never rounded. */
function toFloat(value: unknown): DatasetJsonValue | ExactNumber | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (isExactNumber(value)) return value;
  if (typeof value !== 'string' && typeof value !== 'bigint') return undefined;
  const text = String(value).trim();
  if (!DECIMAL.test(text) || plainDecimal(text) === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** ISO 8601 dates, complete or partial (`2024`, `2024-05`), and `DD-MMM-YYYY` made ISO. */
function toDate(value: unknown): DatasetJsonValue | undefined {
  if (value instanceof Date)
    return isValidDate(value) ? value.toISOString().slice(0, 10) : undefined;
  if (typeof value !== 'string') return undefined;
  const iso = PARTIAL_DATE.exec(value);
  if (iso) {
    const [, year, month, day] = iso;
    return month === undefined ||
      isCalendarDay(Number(year), Number(month), day === undefined ? 1 : Number(day))
      ? value
      : undefined;
  }
  const dmy = DMY_DATE.exec(value);
  if (!dmy) return undefined;
  const month = MONTHS.indexOf(dmy[2]!.toUpperCase()) + 1;
  if (!isCalendarDay(Number(dmy[3]), month, Number(dmy[1]))) return undefined;
  return `${dmy[3]}-${String(month).padStart(2, '0')}-${dmy[1]}`;
}

/** ISO 8601 date-times; a space before the time becomes `T`, an offset gets its colon. */
function toDateTime(value: unknown): DatasetJsonValue | undefined {
  if (value instanceof Date) return isValidDate(value) ? value.toISOString() : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match[1]!.split('-').map(Number) as [number, number, number];
  if (!isCalendarDay(year, month, day)) return undefined;
  const zone = match[6] ?? '';
  const offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return `${match[1]}T${match[2]}:${match[3]}${match[4] ?? ''}${offset}`;
}

function toTime(value: unknown): DatasetJsonValue | undefined {
  if (value instanceof Date)
    return isValidDate(value) ? value.toISOString().slice(11, 23) : undefined;
  return typeof value === 'string' && TIME.test(value) ? value : undefined;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

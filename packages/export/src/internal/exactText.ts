import { isExactNumber } from '@imednet/core';
import type { ColumnType, ExportValue } from '../types.ts';

/** 16 digits (one decimal point allowed among them) or a 3-digit exponent, as core scans. */
const MAYBE_INEXACT = /\d(?:\.?\d){15}|[eE][+-]?\d{3}/;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DIGITS = /^[+-]?\d+$/;
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The exact text of a number that its column's type cannot keep, or undefined for any other
 * value: in a `number` column (a double) an `ExactNumber`, or numeric text a double would
 * round (`0.12345678901234567891`, `1e400`); in an `integer` column (64 bits) integer digits
 * beyond 64 bits. Such a value goes into a text column of exact digits, never a rounded one.
 *
 * @throws never.
 * @example
 * exactText('0.12345678901234567891', 'number'); // '0.12345678901234567891'
 * exactText(1.5, 'number'); // undefined
 */
export function exactText(value: ExportValue | undefined, type: ColumnType): string | undefined {
  if (typeof value === 'number' || value === null || value === undefined) return undefined;
  const text = isExactNumber(value)
    ? value.text
    : typeof value === 'string' && maybeInexact(value)
      ? value.trim()
      : undefined;
  if (text === undefined) return undefined;
  if (type === 'number') {
    return isExactNumber(value) || (NUMERIC.test(text) && !holdsExactly(text)) ? text : undefined;
  }
  if (type !== 'integer' || !DIGITS.test(text)) return undefined;
  const big = BigInt(text);
  return big > INT64_MAX || big < -INT64_MAX - 1n ? text : undefined;
}

/**
 * Whether a `number` gives back the text's value, as core decides for response bodies: an
 * integer text must be a safe integer, any other must keep its significant digits.
 */
function holdsExactly(text: string): boolean {
  const value = Number(text);
  if (DIGITS.test(text)) return Number.isSafeInteger(value);
  // Most such texts are a double's own shortest digits: no need to compare digit by digit.
  if (String(value) === text) return Number.isFinite(value);
  return Number.isFinite(value) && significant(String(value)) === significant(text);
}

/** A cheap test first: short text without an exponent (`36.60`) skips the regular expression. */
function maybeInexact(text: string): boolean {
  return (
    (text.length >= 16 || text.includes('e') || text.includes('E')) && MAYBE_INEXACT.test(text)
  );
}

function significant(text: string): string {
  const mantissa = text.replace(/[eE].*$/, '').replace(/[-+.]/g, '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '');
}

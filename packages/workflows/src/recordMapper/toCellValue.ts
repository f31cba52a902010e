import { ExactNumber, isExactNumber } from '@imednet/core';
import type { CellValue, ColumnType } from './types.ts';

const INTEGER = /^[-+]?\d+$/;
/** 16 digits (one decimal point allowed among them) or a 3-digit exponent, as core scans. */
const MAYBE_INEXACT = /\d(?:\.?\d){15}|[eE][+-]?\d{3}/;
const NUMERIC = /^([-+]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([-+]?\d+))?$/;

/**
 * Turns a raw `recordData` value into a cell of the column's type. Empty strings and null
 * become null (never a made-up value). A number beyond double precision (`ExactNumber`) stays
 * one in numeric columns and is its exact digits as text in other columns; so is a numeric
 * string that a `number` would round (more than about 15 significant digits, an integer
 * beyond 2^53, `1e400`). A value that does not read as the column's number or boolean type
 * is passed on as its original string, so that nothing is lost.
 */
export function toCellValue(raw: unknown, type: ColumnType): CellValue {
  if (raw === null || raw === undefined || raw === '') return null;
  if (isExactNumber(raw)) {
    // Kept exactly in numeric columns (an integer column takes only integer digits); text
    // elsewhere.
    const numeric = type === 'number' || (type === 'integer' && /^-?\d+$/.test(raw.text));
    return numeric ? raw : raw.text;
  }
  if (type === 'number' || type === 'integer') return toNumber(raw, type);
  if (type === 'boolean') return toBoolean(raw);
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return raw;
  return JSON.stringify(raw);
}

function toBoolean(raw: unknown): CellValue {
  if (typeof raw === 'boolean') return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    return raw;
  }
  return typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
}

function toNumber(raw: unknown, type: 'number' | 'integer'): CellValue {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    return type === 'integer' && !Number.isInteger(raw) ? String(raw) : raw;
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return null;
    // Up to 15 digits and a 2-digit exponent always survive a double: the common case.
    const short = text.length < 16 && !text.includes('e') && !text.includes('E');
    if (
      (short || !MAYBE_INEXACT.test(text)) &&
      (type === 'number' ? NUMERIC : INTEGER).test(text)
    ) {
      return Number(text);
    }
    const json = jsonNumberText(text);
    if (json === undefined || (type === 'integer' && !/^-?\d+$/.test(json))) return raw;
    return holdsExactly(json) ? Number(json) : new ExactNumber(json);
  }
  return typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw);
}

/** The text as a JSON number (`+1.50` → `1.50`, `.5` → `0.5`, `007` → `7`), or undefined. */
function jsonNumberText(text: string): string | undefined {
  const match = NUMERIC.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction, onlyFraction, exponent] = match;
  const integer = (whole ?? '0').replace(/^0+(?=\d)/, '');
  const decimals = fraction || onlyFraction;
  return `${sign === '-' ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}${exponent ? `e${exponent}` : ''}`;
}

/**
 * Whether a `number` gives back the JSON number text's value, as core decides for response
 * bodies: an integer text must be a safe integer, any other text must keep its significant
 * digits (`1.5e300` does, `0.12345678901234567891` and `1e400` do not).
 */
function holdsExactly(text: string): boolean {
  const value = Number(text);
  if (/^-?\d+$/.test(text)) return Number.isSafeInteger(value);
  // Most such texts are a double's own shortest digits: no need to compare digit by digit.
  if (String(value) === text) return Number.isFinite(value);
  return Number.isFinite(value) && significant(String(value)) === significant(text);
}

function significant(text: string): string {
  const mantissa = text.replace(/[eE].*$/, '').replace(/[-.]/g, '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '');
}

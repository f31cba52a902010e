import { isExactNumber } from '@imednet/core';
import type { CellValue, ColumnType } from './types.ts';

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;

/**
 * Turns a raw `recordData` value into a cell of the column's type. Empty strings and null
 * become null (never a made-up value). A number beyond double precision (`ExactNumber`) stays
 * one in numeric columns and is its exact digits as text in other columns. A value that does not read as the column's number or
 * boolean type is passed on as its original string, so that nothing is lost.
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
    const pattern = type === 'integer' ? INTEGER : NUMERIC;
    if (pattern.test(text)) {
      const value = Number(text);
      if (Number.isFinite(value) && (type === 'number' || Number.isSafeInteger(value)))
        return value;
    }
    return raw;
  }
  return typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw);
}

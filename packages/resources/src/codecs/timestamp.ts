import { type NullableField, nullable } from './field';

// "YYYY-MM-DD HH:mm:ss" (the usual form), ISO 8601 with T, fractions, Z or an offset, or a
// bare date. Time and zone are optional; a zone-less value is UTC, as the API documents.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Builds a UTC date from calendar parts and checks that nothing overflowed (no 31 June,
 * no hour 25), so an impossible value is reported instead of silently shifted.
 */
export function utcDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC reads years 0-99 as 1900-1999.
  if (year < 100) date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
    ? date
    : undefined;
}

/** Reads a timestamp string into a `Date`; `''` is "not given". */
export function readTimestamp(value: unknown): Date | null | undefined {
  if (value === '') return null;
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return undefined;
  const date = utcDate(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Number(((m[7] ?? '') + '000').slice(0, 3)),
  );
  const zone = m[8]?.toUpperCase();
  if (!date || !zone || zone === 'Z') return date;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return new Date(date.getTime() - sign * offsetMinutes * 60_000);
}

/** A timestamp field: `Date`, or `null` when missing, null or `''`. */
// @__NO_SIDE_EFFECTS__
export function timestamp(): NullableField<Date> {
  return nullable('a timestamp', readTimestamp);
}

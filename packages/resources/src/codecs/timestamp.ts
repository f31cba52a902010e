import { type NullableField, nullable } from './field';

// "YYYY-MM-DD HH:mm:ss" (the usual form), ISO 8601 with T, fractions, Z or an offset, or a
// bare date. Time and zone are optional; a zone-less value is UTC, as the API documents.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Builds a UTC date from calendar parts and checks that nothing overflows (no 31 June, no
 * hour 25), so an impossible value is reported instead of silently shifted. The day count is
 * plain arithmetic (proleptic Gregorian, as `Date` counts), not `Date.UTC` plus read-backs:
 * three timestamps per record made those calls most of the decoding time. Years 0-99 stay
 * as written (`Date.UTC` would read them as 1900-1999).
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
  const days =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59) return;
  if (second > 59) return;
  // Days since 1970-01-01 (H. Hinnant's days_from_civil), the year starting in March.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const epochDays = era * 146097 + doe - 719468;
  return new Date(((epochDays * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms);
}

/** Reads a timestamp string into a `Date`; `''` is "not given". */
export function readTimestamp(value: unknown): Date | null | undefined {
  if (value === '') return null;
  if (typeof value !== 'string') return undefined;
  // Fast path for the usual 'YYYY-MM-DD HH:mm:ss' (or with 'T'): no regex, no substrings.
  // Any other shape, or a non-digit where a digit belongs, goes through the full pattern.
  if (value.length === 19 && value[13] === ':' && value[16] === ':') {
    const y = digits(value, 0, 4);
    const mo = digits(value, 5, 7);
    const d = digits(value, 8, 10);
    const h = digits(value, 11, 13);
    const mi = digits(value, 14, 16);
    const s = digits(value, 17, 19);
    const sep = value[10];
    if (
      (y | mo | d | h | mi | s) >= 0 &&
      value[4] === '-' &&
      value[7] === '-' &&
      (sep === ' ' || sep === 'T')
    ) {
      return utcDate(y, mo, d, h, mi, s);
    }
  }
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
  const digitsOfZone = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digitsOfZone.slice(0, 2)) * 60 + Number(digitsOfZone.slice(2) || 0);
  return new Date(date.getTime() - sign * offsetMinutes * 60_000);
}

/** The decimal number in `text[from, to)`, or -1 when a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A timestamp field: `Date`, or `null` when missing, null or `''`. */
// @__NO_SIDE_EFFECTS__
export function timestamp(): NullableField<Date> {
  return nullable('a timestamp', readTimestamp);
}

import { type NullableField, nullable } from './field.ts';
import { utcDate } from './timestamp.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` calendar date, kept as a string: it has no time zone to invent. */
export function readCalendarDate(value: unknown): string | null | undefined {
  if (value === '') return null;
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  return m && utcDate(Number(m[1]), Number(m[2]), Number(m[3])) ? value : undefined;
}

/** A calendar-date field (visit dates): `'YYYY-MM-DD'`, or `null`. */
// @__NO_SIDE_EFFECTS__
export function calendarDate(): NullableField<string> {
  return nullable('a date YYYY-MM-DD', readCalendarDate);
}

import { type NullableField, nullable } from './field.ts';
import { readTimestamp, utcDate } from './timestamp.ts';

/**
 * Reads a role date: `[year, month, day, hour, minute, second, nanos]` with months from 1, in
 * UTC (`[2025, 6, 5]` is 5 June 2025). A timestamp string is accepted too, in case the
 * server starts sending the usual form. `[]` is "not given".
 */
export function readRoleDate(value: unknown): Date | null | undefined {
  if (!Array.isArray(value)) return readTimestamp(value);
  if (value.length === 0) return null;
  if (value.length < 3 || value.length > 7 || !value.every(Number.isSafeInteger)) return undefined;
  const [year, month, day, hour, minute, second, nanos] = value as number[];
  return utcDate(
    year!,
    month!,
    day!,
    hour,
    minute,
    second,
    nanos === undefined ? 0 : Math.floor(nanos / 1e6),
  );
}

/** A role date field: `Date`, or `null`. */
// @__NO_SIDE_EFFECTS__
export function roleDate(): NullableField<Date> {
  return nullable('a date array [y, m, d, h, min, s, ns]', readRoleDate);
}

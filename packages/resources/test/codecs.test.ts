import { describe, expect, it } from 'vitest';
import { readBoolean } from '../src/codecs/boolean.ts';
import { readCalendarDate } from '../src/codecs/calendarDate.ts';
import { readInteger } from '../src/codecs/integer.ts';
import { readRoleDate } from '../src/codecs/roleDate.ts';
import { readText } from '../src/codecs/text.ts';
import { readTimestamp } from '../src/codecs/timestamp.ts';

describe('readTimestamp', () => {
  it('reads the zone-less API form as UTC', () => {
    expect(readTimestamp('2025-06-05 21:12:08')?.toISOString()).toBe('2025-06-05T21:12:08.000Z');
  });
  it('reads ISO 8601 with T, fractions, Z and offsets', () => {
    expect(readTimestamp('2025-06-05T21:12:08.625Z')?.toISOString()).toBe(
      '2025-06-05T21:12:08.625Z',
    );
    expect(readTimestamp('2025-06-05T21:12:08.123456789')?.toISOString()).toBe(
      '2025-06-05T21:12:08.123Z',
    );
    expect(readTimestamp('2025-06-05T23:12:08+02:00')?.toISOString()).toBe(
      '2025-06-05T21:12:08.000Z',
    );
    expect(readTimestamp('2025-06-05T16:42:08-0430')?.toISOString()).toBe(
      '2025-06-05T21:12:08.000Z',
    );
    expect(readTimestamp('2025-06-05T21:12')?.toISOString()).toBe('2025-06-05T21:12:00.000Z');
    expect(readTimestamp('2025-06-05')?.toISOString()).toBe('2025-06-05T00:00:00.000Z');
  });
  it('reads empty as not given and refuses what it cannot read', () => {
    expect(readTimestamp('')).toBeNull();
    for (const bad of ['yesterday', '2025-02-30 10:00:00', '2025-06-05 25:00:00', 1733000000, {}]) {
      expect(readTimestamp(bad)).toBeUndefined();
    }
  });
  it('reads the usual 19-character form digit by digit, and nothing that only looks like it', () => {
    expect(readTimestamp('2024-02-29T23:59:59')?.toISOString()).toBe('2024-02-29T23:59:59.000Z');
    expect(readTimestamp('0099-12-31 00:00:00')?.toISOString()).toBe('0099-12-31T00:00:00.000Z');
    for (const bad of [
      '2025-06-05 2a:12:08',
      '2025-06-05 21:12:60',
      '2025/06/05 21:12:08',
      '2025-06-05x21:12:08',
      '2025-06-05 21-12:08',
      '2023-02-29 00:00:00',
      '-025-06-05 21:12:08',
    ]) {
      expect(readTimestamp(bad)).toBeUndefined();
    }
    // Lower-case t is left to the full pattern, which reads it.
    expect(readTimestamp('2025-06-05t21:12:08')?.toISOString()).toBe('2025-06-05T21:12:08.000Z');
  });

  it('refuses an offset no zone has instead of shifting by it', () => {
    for (const bad of [
      '2025-06-05T21:12:08+25:00',
      '2025-06-05T21:12:08-19:00',
      '2025-06-05T21:12:08+99',
      '2025-06-05T21:12:08+02:60',
      '2025-06-05 21:12:08+1875',
    ]) {
      expect(readTimestamp(bad), bad).toBeUndefined();
    }
    expect(readTimestamp('2025-06-05T21:12:08+14:00')?.toISOString()).toBe(
      '2025-06-05T07:12:08.000Z',
    );
    expect(readTimestamp('2025-06-05T21:12:08-18:00')?.toISOString()).toBe(
      '2025-06-06T15:12:08.000Z',
    );
  });
});

describe('readCalendarDate', () => {
  it('keeps a valid date as its string', () => {
    expect(readCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(readCalendarDate('')).toBeNull();
    expect(readCalendarDate('2025-02-29')).toBeUndefined();
    expect(readCalendarDate('2025-06-05 10:00:00')).toBeUndefined();
  });
});

describe('readRoleDate', () => {
  it('counts months from 1 in UTC and keeps milliseconds from nanos', () => {
    expect(readRoleDate([2025, 6, 5, 21, 12, 7, 625000000])?.toISOString()).toBe(
      '2025-06-05T21:12:07.625Z',
    );
    expect(readRoleDate([2025, 1, 31])?.toISOString()).toBe('2025-01-31T00:00:00.000Z');
  });
  it('reads [] as not given, accepts a timestamp string, refuses the rest', () => {
    expect(readRoleDate([])).toBeNull();
    expect(readRoleDate('2025-06-05 21:12:07')?.toISOString()).toBe('2025-06-05T21:12:07.000Z');
    expect(readRoleDate([2025, 13, 1])).toBeUndefined();
    expect(readRoleDate([2025, 6])).toBeUndefined();
    expect(readRoleDate([2025, '6', 5])).toBeUndefined();
  });
});

describe('readInteger, readBoolean, readText', () => {
  it('accepts integers as strings, never inventing 0', () => {
    expect(readInteger(42)).toBe(42);
    expect(readInteger('42')).toBe(42);
    expect(readInteger('-7')).toBe(-7);
    expect(readInteger('')).toBeNull();
    for (const bad of ['4.5', 4.5, 'abc', true, '9007199254740993']) {
      expect(readInteger(bad)).toBeUndefined();
    }
  });
  it('accepts boolean words and digits, reads empty as null, never false', () => {
    expect(readBoolean(true)).toBe(true);
    expect(readBoolean('true')).toBe(true);
    expect(readBoolean('FALSE')).toBe(false);
    expect(readBoolean('1')).toBe(true);
    expect(readBoolean('0')).toBe(false);
    expect(readBoolean(0)).toBe(false);
    expect(readBoolean('')).toBeNull();
    expect(readBoolean('yes')).toBeUndefined();
    expect(readBoolean(2)).toBeUndefined();
  });
  it('reads text, numbers as decimal text', () => {
    expect(readText('C1')).toBe('C1');
    expect(readText('')).toBe('');
    expect(readText(1)).toBe('1');
    expect(readText(false)).toBeUndefined();
  });
});

describe('early years', () => {
  it('keeps years below 100 as written', () => {
    expect(readTimestamp('0099-12-31 23:59:59')?.toISOString()).toBe('0099-12-31T23:59:59.000Z');
    expect(readRoleDate([50, 2, 28])?.getUTCFullYear()).toBe(50);
  });
});

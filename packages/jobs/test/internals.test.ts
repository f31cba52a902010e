import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JobStatusSchema } from '../src/index.ts';
import { classifyJobState } from '../src/internal/jobState.ts';

// Job dates are read by resources' public readTimestamp (the reader every record date uses).
describe('JobStatusSchema dates', () => {
  const dateOf = (text: string | null) =>
    v.parse(JobStatusSchema, { state: 'COMPLETED', dateFinished: text }).dateFinished;

  it.each([
    ['2024-05-06 07:08:09', '2024-05-06T07:08:09.000Z'],
    ['2024-05-06T07:08:09Z', '2024-05-06T07:08:09.000Z'],
    ['2024-05-06T07:08:09.123456Z', '2024-05-06T07:08:09.123Z'],
    ['2024-05-06T09:08:09+02:00', '2024-05-06T07:08:09.000Z'],
    ['2024-05-06T02:08:09-0500', '2024-05-06T07:08:09.000Z'],
    [' 2024-05-06 ', '2024-05-06T00:00:00.000Z'],
  ])('reads %s as UTC', (text, iso) => {
    expect(dateOf(text)?.toISOString()).toBe(iso);
  });

  it('reads blank, empty and null as not given, and refuses impossible or foreign text', () => {
    expect(dateOf('  ')).toBeNull();
    expect(dateOf('')).toBeNull();
    expect(dateOf(null)).toBeNull();
    for (const bad of ['2024-06-31 00:00:00', '2024-06-30 25:00:00', 'yesterday']) {
      expect(v.safeParse(JobStatusSchema, { dateStarted: bad }).success).toBe(false);
    }
  });
});

describe('classifyJobState', () => {
  it.each([
    ['COMPLETED', 'success'],
    ['completed', 'success'],
    ['Success', 'success'],
    ['', 'success'],
    ['failed', 'failure'],
    ['Cancelled', 'failure'],
    ['created', 'pending'],
    ['PROCESSING', 'pending'],
    ['pending', 'pending'],
  ])('%j is %s', (state, kind) => {
    expect(classifyJobState(state)).toBe(kind);
  });
});

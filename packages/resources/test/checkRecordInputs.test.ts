import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { checkRecordInputs, type RecordInput, readTimestamp } from '../src/index.ts';

function refusal(records: unknown, options?: { emailNotify?: unknown }) {
  try {
    checkRecordInputs(records as RecordInput[], options as { emailNotify?: string });
  } catch (error) {
    if (isInvalidInputError(error)) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('checkRecordInputs (public)', () => {
  it('accepts registrations, new records and updates, with or without emailNotify', () => {
    const records: RecordInput[] = [
      { formKey: 'REG', siteName: 'Minneapolis', data: { a: 1 } },
      { formId: 7, subjectKey: '01-001', data: {} },
      { formKey: 'AE', subjectKey: '01-001', recordId: 12, data: { b: 'x' } },
    ];
    expect(checkRecordInputs(records)).toBeUndefined();
    expect(checkRecordInputs(records, { emailNotify: true })).toBeUndefined();
    expect(checkRecordInputs(records, { emailNotify: 'me@example.com' })).toBeUndefined();
  });

  it('lists every bad item with its index in the array given, and a bad emailNotify, at once', () => {
    const error = refusal(
      [
        { formKey: 'A', data: {} },
        { data: {} },
        { formKey: 'A', data: {} },
        null,
        { formKey: 'REG', siteId: 2, subjectId: 9, data: [1] },
      ],
      { emailNotify: 'a@b\r\nx: 1' },
    );
    expect(error.details).toEqual([
      expect.objectContaining({ index: 1, field: 'formKey' }),
      expect.objectContaining({ index: 3 }),
      expect.objectContaining({ index: 4, field: 'data' }),
      expect.objectContaining({ index: 4, field: 'subjectId' }),
      expect.objectContaining({ field: 'emailNotify' }),
    ]);
    expect(error.message).toContain('#1 formKey');
  });

  it.each([[[]], [{ formKey: 'A', data: {} }], [undefined]])(
    'refuses %j as the list',
    (records) => {
      expect(refusal(records).details).toEqual([expect.objectContaining({ field: 'records' })]);
    },
  );
});

describe('readTimestamp (public)', () => {
  it('reads the API forms as UTC and refuses impossible dates', () => {
    expect(readTimestamp('2024-05-06 07:08:09')?.toISOString()).toBe('2024-05-06T07:08:09.000Z');
    expect(readTimestamp('2024-05-06T09:08:09+02:00')?.toISOString()).toBe(
      '2024-05-06T07:08:09.000Z',
    );
    expect(readTimestamp('')).toBeNull();
    expect(readTimestamp('2024-06-31 00:00:00')).toBeUndefined();
    expect(readTimestamp(42)).toBeUndefined();
  });
});

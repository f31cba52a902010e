import { isExactNumber } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../src/recordMapper/planColumns.ts';
import { toCellValue } from '../src/recordMapper/toCellValue.ts';
import { toLongRows } from '../src/recordMapper/toLongRows.ts';
import { toWideRow } from '../src/recordMapper/toWideRow.ts';

const plan = planColumns(
  [
    { formId: 1, formKey: 'DM' },
    { formId: 2, formKey: 'AE' },
  ],
  [
    { formKey: 'DM', variableName: 'AGE', variableType: 'NUMBER', sequence: 1, label: 'Age' },
    { formKey: 'DM', variableName: 'formKey', variableType: 'TEXT', sequence: 2 },
    { formKey: 'AE', variableName: 'AETERM', variableType: 'TEXT', sequence: 1 },
  ],
);

describe('toCellValue', () => {
  it('reads numbers and integers, keeps unreadable values as text, and never invents one', () => {
    expect(toCellValue('42.5', 'number')).toBe(42.5);
    expect(toCellValue(' 7 ', 'integer')).toBe(7);
    expect(toCellValue('7.5', 'integer')).toBe('7.5');
    expect(toCellValue('abc', 'number')).toBe('abc');
    expect(toCellValue('', 'number')).toBeNull();
    expect(toCellValue(null, 'string')).toBeNull();
    expect(toCellValue(3, 'string')).toBe('3');
    expect(toCellValue(true, 'string')).toBe('true');
    expect(toCellValue(['a', 'b'], 'string')).toBe('["a","b"]');
  });

  it('keeps a numeric string a double would round as an ExactNumber of its digits', () => {
    const exact = (raw: string, type: 'number' | 'integer') => {
      const cell = toCellValue(raw, type);
      return isExactNumber(cell) ? `exact ${cell.text}` : cell;
    };
    expect(exact('1234567890.12345678901234567890', 'number')).toBe(
      'exact 1234567890.12345678901234567890',
    );
    expect(exact(' 12345678901234567891 ', 'number')).toBe('exact 12345678901234567891');
    expect(exact('+0.12345678901234567891', 'number')).toBe('exact 0.12345678901234567891');
    expect(exact('1e400', 'number')).toBe('exact 1e400');
    expect(exact('.5E-400', 'number')).toBe('exact 0.5e-400');
    expect(exact('12345678901234567891', 'integer')).toBe('exact 12345678901234567891');
    // What a double keeps stays a number, however it is written.
    expect(exact('0.1000000000000000000', 'number')).toBe(0.1);
    expect(exact('1.5e300', 'number')).toBe(1.5e300);
    expect(exact('9007199254740991', 'integer')).toBe(9007199254740991);
    expect(exact('1e400', 'integer')).toBe('1e400');
  });

  it('reads checkbox values as booleans, keeping anything else as sent', () => {
    expect(toCellValue(true, 'boolean')).toBe(true);
    expect(toCellValue('TRUE', 'boolean')).toBe(true);
    expect(toCellValue('0', 'boolean')).toBe(false);
    expect(toCellValue(1, 'boolean')).toBe(true);
    expect(toCellValue('A,B', 'boolean')).toBe('A,B');
    expect(toCellValue('', 'boolean')).toBeNull();
  });
});

describe('toWideRow', () => {
  it('fills fixed columns and its own form, nulls elsewhere, and never overwrites a fixed column', () => {
    const created = new Date('2024-01-02T03:04:05Z');
    const row = toWideRow(
      {
        recordId: 9,
        subjectKey: 'S-1',
        visitId: 4,
        formKey: 'DM',
        recordStatus: 'Record Complete',
        dateCreated: created,
        dateModified: '2024-02-03 04:05:06',
        recordData: { AGE: '31', formKey: 'typed by a user', UNKNOWN: 1 },
      },
      'DM',
      'Baseline',
      plan.columns,
      plan.byForm.get('DM')!,
    );
    expect(row).toEqual({
      recordId: 9,
      subjectKey: 'S-1',
      visitId: 4,
      intervalName: 'Baseline',
      formKey: 'DM',
      recordStatus: 'Record Complete',
      dateCreated: created,
      dateModified: new Date('2024-02-03T04:05:06Z'),
      AGE: 31,
      formKey_2: 'typed by a user',
      AETERM: null,
    });
    expect(Object.keys(row)).toEqual(plan.columns.map((c) => c.name));
  });

  it('gives null for missing and unreadable dates', () => {
    const row = toWideRow(
      { dateCreated: 'garbage', dateModified: null },
      'AE',
      null,
      plan.columns,
      [],
    );
    expect(row.dateCreated).toBeNull();
    expect(row.dateModified).toBeNull();
    expect(row.recordId).toBeNull();
  });
});

describe('toLongRows', () => {
  it('gives one row per chosen variable present, values as text', () => {
    const rows = toLongRows(
      { recordId: 1, subjectKey: 'S', recordData: { AGE: 30, formKey: '' } },
      'DM',
      plan.byForm.get('DM')!,
    );
    expect(rows).toEqual([
      { recordId: 1, subjectKey: 'S', formKey: 'DM', variable: 'AGE', label: 'Age', value: '30' },
      {
        recordId: 1,
        subjectKey: 'S',
        formKey: 'DM',
        variable: 'formKey',
        label: null,
        value: null,
      },
    ]);
  });
});

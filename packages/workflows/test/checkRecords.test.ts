import { describe, expect, it } from 'vitest';
import { buildValidationSchema } from '../src/recordUpdate/buildValidationSchema.ts';
import { checkRecords } from '../src/recordUpdate/checkRecords.ts';

const schema = buildValidationSchema({
  forms: [
    { formId: 1, formKey: 'REG' },
    { formId: 2, formKey: 'VITALS' },
  ],
  variables: [
    { formId: 1, formKey: 'REG', variableName: 'INITIALS', variableType: 'TEXT' },
    { formId: 1, formKey: 'REG', variableName: 'SEX', variableType: 'RADIO' },
    { formId: 2, variableName: 'WEIGHT', variableType: 'NUMBER' },
    { formId: 2, variableName: 'VISDAT', variableType: 'DATE' },
    { formId: 2, variableName: 'GONE', variableType: 'TEXT', deleted: true },
  ],
  intervals: [{ intervalId: 5, intervalName: 'Week 1' }],
  sites: [{ siteId: 100, siteName: 'Site A' }],
  choices: { SEX: ['M', 'F'] },
});

describe('checkRecords', () => {
  it('accepts each kind of write', () => {
    const result = checkRecords(schema, [
      { formKey: 'REG', siteName: 'Site A', data: { INITIALS: 'AB', SEX: 'F' } },
      { formKey: 'VITALS', subjectKey: 'S-1', intervalName: 'Week 1', data: { WEIGHT: '70.5' } },
      { formId: 2, subjectId: 7, data: { VISDAT: '2024-01-31' } },
      { formKey: 'VITALS', recordId: 99, data: { WEIGHT: 71 } },
    ]);
    expect(result).toEqual({ valid: true, issues: [] });
  });

  it('reports every problem with its record index and field', () => {
    const result = checkRecords(schema, [
      { formKey: 'REG', siteName: 'Site A', data: { SEX: 'X', NICKNAME: 'Bo' } },
      { formKey: 'NOPE', subjectKey: 'S-1', data: {} },
      {
        formKey: 'VITALS',
        subjectKey: 'S-1',
        data: { WEIGHT: 'heavy', VISDAT: '2024-02-30', GONE: 'x' },
      },
    ]);
    expect(result.valid).toBe(false);
    expect(result.issues.map(({ index, field }) => [index, field])).toEqual([
      [0, 'SEX'],
      [0, 'NICKNAME'],
      [1, 'formKey'],
      [2, 'WEIGHT'],
      [2, 'VISDAT'],
      [2, 'GONE'],
    ]);
    expect(result.issues[0]!.message).toContain('not one of the choices "M", "F"');
    expect(result.issues[1]!.message).toBe('"NICKNAME" is not a variable of form REG');
  });

  it('applies the registration rules', () => {
    const { issues } = checkRecords(schema, [
      { formKey: 'REG', siteName: 'Site A', subjectKey: 'S-9', data: {} },
      { formKey: 'REG', data: {} },
      { formKey: 'REG', siteName: 'Nowhere', data: {} },
      { formKey: 'REG', siteId: 100, intervalName: 'Week 1', data: {} },
      { formKey: 'VITALS', subjectKey: 'S-1', intervalName: 'Week 9', data: {} },
    ]);
    expect(issues.map(({ index, field }) => [index, field])).toEqual([
      [0, 'subjectKey'],
      [1, 'subjectKey'],
      [2, 'siteName'],
      [3, 'intervalName'],
      [4, 'intervalName'],
    ]);
    expect(issues[0]!.message).toContain('must not carry subjectKey');
    expect(issues[1]!.message).toContain('siteName or siteId');
  });

  it('reports records that are not objects, missing forms and missing data', () => {
    const { issues } = checkRecords(schema, [
      null,
      { subjectKey: 'S', data: {} },
      { formKey: 'REG', siteId: 100 },
      { formId: 2, formKey: 'REG', recordId: 1, data: {} },
    ]);
    expect(issues.map(({ index, field }) => [index, field])).toEqual([
      [0, 'record'],
      [1, 'formKey'],
      [2, 'data'],
      [3, 'formId'],
    ]);
  });

  it('checks identifier types', () => {
    const { issues } = checkRecords(schema, [
      { formKey: 'VITALS', subjectKey: 12, recordId: '5', data: {} },
    ]);
    expect(issues.map((i) => i.field)).toEqual(['subjectKey', 'recordId']);
  });
});

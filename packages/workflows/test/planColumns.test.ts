import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../src/recordMapper/planColumns.ts';

const forms = [
  { formId: 20, formKey: 'AE', formName: 'Adverse events' },
  { formId: 10, formKey: 'DM', formName: 'Demographics' },
];
const variables = [
  {
    variableId: 3,
    formId: 10,
    formKey: 'DM',
    variableName: 'AGE',
    label: 'Age',
    sequence: 2,
    variableType: 'NUMBER',
  },
  {
    variableId: 2,
    formId: 10,
    formKey: 'DM',
    variableName: 'SEX',
    label: 'Sex',
    sequence: 1,
    variableType: 'RADIO',
  },
  {
    variableId: 7,
    formId: 20,
    formKey: 'AE',
    variableName: 'AETERM',
    label: 'Term',
    sequence: 1,
    variableType: 'TEXT',
  },
  {
    variableId: 8,
    formId: 20,
    formKey: 'AE',
    variableName: 'AESEQ',
    label: 'Seq',
    sequence: 2,
    variableType: 'INTEGER',
  },
  {
    variableId: 9,
    formId: 20,
    formKey: 'AE',
    variableName: 'OLD',
    label: 'Old',
    sequence: 3,
    deleted: true,
  },
];
const names = (plan: ReturnType<typeof planColumns>) => plan.columns.map((c) => c.name);
const FIXED = [
  'recordId',
  'subjectKey',
  'visitId',
  'intervalName',
  'formKey',
  'recordStatus',
  'dateCreated',
  'dateModified',
];

describe('planColumns', () => {
  it('puts the fixed columns first, then forms by id and variables by sequence', () => {
    const plan = planColumns(forms, variables);
    expect(names(plan)).toEqual([...FIXED, 'SEX', 'AGE', 'AETERM', 'AESEQ']);
    expect(plan.formKeys).toEqual(['DM', 'AE']);
    expect(plan.columns.find((c) => c.name === 'AGE')).toMatchObject({
      source: 'variable',
      type: 'number',
      label: 'Age',
      formKey: 'DM',
    });
    expect(plan.columns.find((c) => c.name === 'AESEQ')?.type).toBe('integer');
    expect(plan.columns.find((c) => c.name === 'SEX')?.type).toBe('string');
    expect(plan.columns.find((c) => c.name === 'recordId')).toMatchObject({
      source: 'fixed',
      type: 'integer',
    });
  });

  it('gives the same columns whatever order the metadata arrives in', () => {
    const a = planColumns(forms, variables);
    const b = planColumns([...forms].reverse(), [...variables].reverse());
    expect(b.columns).toEqual(a.columns);
  });

  it('keeps chosen forms in the order given and chosen variables only', () => {
    expect(names(planColumns(forms, variables, { forms: ['AE', 'DM'] }))).toEqual([
      ...FIXED,
      'AETERM',
      'AESEQ',
      'SEX',
      'AGE',
    ]);
    const plan = planColumns(forms, variables, { variables: ['AGE', 'AETERM'] });
    expect(names(plan)).toEqual([...FIXED, 'AGE', 'AETERM']);
    expect(plan.byForm.get('DM')?.map((b) => b.variableName)).toEqual(['AGE']);
  });

  it('names columns by label when asked', () => {
    expect(names(planColumns(forms, variables, { labels: true }))).toEqual([
      ...FIXED,
      'Sex',
      'Age',
      'Term',
      'Seq',
    ]);
  });

  it('suffixes a variable that collides with a fixed column, without case', () => {
    const vars = [
      { formKey: 'DM', variableName: 'recordStatus', sequence: 1 },
      { formKey: 'DM', variableName: 'SUBJECTKEY', sequence: 2 },
    ];
    const plan = planColumns([{ formId: 1, formKey: 'DM' }], vars);
    expect(names(plan).slice(8)).toEqual(['recordStatus_2', 'SUBJECTKEY_2']);
    expect(plan.byForm.get('DM')).toEqual([
      { column: 'recordStatus_2', variableName: 'recordStatus', type: 'string' },
      { column: 'SUBJECTKEY_2', variableName: 'SUBJECTKEY', type: 'string' },
    ]);
  });

  it('suffixes repeated labels and names across forms deterministically and never reuses a name', () => {
    const vars = [
      { formId: 1, formKey: 'A', variableName: 'COMMENT', label: 'Comment', sequence: 1 },
      { formId: 1, formKey: 'A', variableName: 'Comment_2', label: 'Comment', sequence: 2 },
      { formId: 2, formKey: 'B', variableName: 'COMMENT', label: 'Comment', sequence: 1 },
    ];
    const byName = planColumns(
      [
        { formId: 1, formKey: 'A' },
        { formId: 2, formKey: 'B' },
      ],
      vars,
    );
    expect(names(byName).slice(8)).toEqual(['COMMENT', 'Comment_2', 'COMMENT_3']);
    const byLabel = planColumns(
      [
        { formId: 1, formKey: 'A' },
        { formId: 2, formKey: 'B' },
      ],
      vars,
      { labels: true },
    );
    expect(names(byLabel).slice(8)).toEqual(['Comment', 'Comment_2', 'Comment_3']);
    const all = names(byLabel).map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(byLabel.byForm.get('B')?.[0]).toMatchObject({
      column: 'Comment_3',
      variableName: 'COMMENT',
    });
  });

  it('skips suffixes another column already holds, however many repeats there are', () => {
    const vars = [
      { formKey: 'A', variableName: 'X_3', sequence: 1 },
      ...Array.from({ length: 5 }, (_, i) => ({
        formKey: 'A',
        variableName: `v${i}`,
        label: 'X',
        sequence: i + 2,
      })),
    ];
    const plan = planColumns([{ formId: 1, formKey: 'A' }], vars, { labels: true });
    expect(names(plan).slice(8)).toEqual(['X_3', 'X', 'X_2', 'X_4', 'X_5', 'X_6']);
  });

  it('refuses unknown forms and variables, listing each', () => {
    let error: unknown;
    try {
      planColumns(forms, variables, { forms: ['XX'], variables: ['NOPE', 'AGE'] });
    } catch (e) {
      error = e;
    }
    expect(isInvalidInputError(error)).toBe(true);
    const details = (error as { details: { field: string; message: string }[] }).details;
    expect(details.map((d) => d.message)).toEqual(['unknown form "XX"', 'unknown variable "NOPE"']);
  });

  it('finds a variable form by id when its formKey is missing (ties by id), and leaves deleted ones out', () => {
    const plan = planColumns(forms, [{ formId: 20, variableName: 'X', sequence: 1 }, ...variables]);
    expect(plan.byForm.get('AE')?.map((b) => b.variableName)).toEqual(['AETERM', 'X', 'AESEQ']);
    expect(names(plan)).not.toContain('OLD');
  });
});

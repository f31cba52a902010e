import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import {
  iterateFormTables,
  iterateLongRows,
  iterateRecordRows,
  listRecordRows,
  openLongTable,
  openRecordTable,
} from '../src/index.ts';
import { api, collect, PATH, rejection, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();
const S = `studyKey==${STUDY}`;

const FORMS = [
  { formId: 2, formKey: 'AE', formName: 'Adverse events' },
  { formId: 1, formKey: 'DM', formName: 'Demographics' },
];
const VARIABLES = [
  {
    variableId: 11,
    formId: 1,
    formKey: 'DM',
    variableName: 'AGE',
    label: 'Age',
    sequence: 2,
    variableType: 'NUMBER',
  },
  {
    variableId: 10,
    formId: 1,
    formKey: 'DM',
    variableName: 'SEX',
    label: 'Sex',
    sequence: 1,
    variableType: 'RADIO',
  },
  {
    variableId: 20,
    formId: 2,
    formKey: 'AE',
    variableName: 'AETERM',
    label: 'Term',
    sequence: 1,
    variableType: 'TEXT',
  },
  {
    variableId: 21,
    formId: 2,
    formKey: 'AE',
    variableName: 'subjectKey',
    label: 'Age',
    sequence: 2,
    variableType: 'TEXT',
  },
];
const INTERVALS = [{ intervalId: 100, intervalName: 'Screening' }];
const RECORDS = [
  {
    recordId: 1,
    formId: 1,
    formKey: 'DM',
    subjectKey: 'S1',
    visitId: 7,
    intervalId: 100,
    recordStatus: 'Record Complete',
    dateCreated: '2024-01-01 10:00:00',
    dateModified: '2024-01-02 10:00:00',
    recordData: { SEX: 'F', AGE: '42' },
  },
  {
    recordId: 2,
    formId: 2,
    formKey: null,
    subjectKey: 'S1',
    visitId: 8,
    intervalId: 555,
    recordStatus: 'Record Incomplete',
    dateCreated: null,
    dateModified: null,
    recordData: { AETERM: 'Headache', subjectKey: 'typed' },
  },
  {
    recordId: 3,
    formId: 2,
    formKey: 'AE',
    subjectKey: 'S2',
    visitId: 8,
    deleted: true,
    recordData: { AETERM: 'Gone' },
  },
];

function serveStudy(scope: ReturnType<typeof api>) {
  serve(scope, 'forms', FORMS);
  serve(scope, 'variables', VARIABLES);
  serve(scope, 'intervals', INTERVALS);
}

describe('openRecordTable', () => {
  it('gives the columns first, then streams rows with intervals from the interval list or the visit', async () => {
    const scope = api();
    serveStudy(scope);
    const { columns, rows } = await openRecordTable(client, STUDY);
    expect(columns.map((c) => c.name)).toEqual([
      'recordId',
      'subjectKey',
      'visitId',
      'intervalName',
      'formKey',
      'recordStatus',
      'dateCreated',
      'dateModified',
      'SEX',
      'AGE',
      'AETERM',
      'subjectKey_2',
    ]);
    const records = serve(scope, 'records', RECORDS);
    // the interval of record 2 is not in the list: its visit is asked for, once
    const visits = serve(scope, 'visits', [{ visitId: 8, intervalName: 'Unscheduled' }]);
    const out = await collect(rows);
    expect(out).toEqual([
      {
        recordId: 1,
        subjectKey: 'S1',
        visitId: 7,
        intervalName: 'Screening',
        formKey: 'DM',
        recordStatus: 'Record Complete',
        dateCreated: new Date('2024-01-01T10:00:00Z'),
        dateModified: new Date('2024-01-02T10:00:00Z'),
        SEX: 'F',
        AGE: 42,
        AETERM: null,
        subjectKey_2: null,
      },
      {
        recordId: 2,
        subjectKey: 'S1',
        visitId: 8,
        intervalName: 'Unscheduled',
        formKey: 'AE',
        recordStatus: 'Record Incomplete',
        dateCreated: null,
        dateModified: null,
        SEX: null,
        AGE: null,
        AETERM: 'Headache',
        subjectKey_2: 'typed',
      },
    ]);
    expect(records).toHaveLength(1);
    expect(visits).toHaveLength(1);
    expect(visits[0]!.filter).toContain('visitId==8');
    // iterating again fetches afresh
    expect(await collect(rows)).toHaveLength(2);
    expect(records).toHaveLength(2);
    scope.done();
  });

  it('limits to chosen forms and variables (server-side form filter), by label with suffixes', async () => {
    const scope = api();
    serveStudy(scope);
    const { columns, rows } = await openRecordTable(client, STUDY, {
      forms: ['AE', 'DM'],
      variables: ['AGE', 'subjectKey'],
      labels: true,
    });
    expect(columns.slice(8).map((c) => [c.name, c.variableName, c.type])).toEqual([
      ['Age', 'subjectKey', 'string'],
      ['Age_2', 'AGE', 'number'],
    ]);
    const records = serve(scope, 'records', RECORDS.slice(0, 1));
    const out = await collect(rows);
    expect(records[0]!.filter).toBe(`formKey==AE;${S},formKey==DM;${S}`);
    expect(out[0]).toMatchObject({ Age: null, Age_2: 42, formKey: 'DM' });
    scope.done();
  });

  it('includes deleted records only when asked', async () => {
    const scope = api();
    serveStudy(scope);
    serve(scope, 'records', RECORDS.slice(2));
    serve(scope, 'visits', [{ visitId: 8, intervalName: 'Unscheduled' }]);
    const { rows } = await openRecordTable(client, STUDY, {
      forms: ['AE'],
      includeDeleted: true,
    });
    expect((await collect(rows)).map((r) => r.recordId)).toEqual([3]);
    scope.done();
  });

  it('refuses unknown forms before any record is asked for', async () => {
    const scope = api();
    serveStudy(scope);
    const error = await rejection(openRecordTable(client, STUDY, { forms: ['XX'] }));
    expect(isInvalidInputError(error)).toBe(true);
    scope.done();
  });
});

describe('iterateRecordRows and listRecordRows', () => {
  it('yield the rows of openRecordTable, asking for nothing before iteration starts', async () => {
    const scope = api();
    const forms = serve(scope, 'forms', FORMS);
    serve(scope, 'variables', VARIABLES);
    serve(scope, 'intervals', INTERVALS);
    serve(scope, 'visits', [{ visitId: 8, intervalName: 'Unscheduled' }]);
    const records = serve(scope, 'records', RECORDS);
    const rows = iterateRecordRows(client, STUDY);
    expect(Symbol.asyncIterator in rows).toBe(true);
    expect(forms).toHaveLength(0);
    const expected = await collect((await openRecordTable(client, STUDY)).rows);
    expect(expected.map((r) => [r.recordId, r.intervalName, r.AGE])).toEqual([
      [1, 'Screening', 42],
      [2, 'Unscheduled', null],
    ]);
    expect(await collect(rows)).toEqual(expected);
    expect(await listRecordRows(client, STUDY)).toEqual(expected);
    expect(records).toHaveLength(3);
    scope.done();
  });

  it('reject while iterating for an unknown form', async () => {
    const scope = api();
    serveStudy(scope);
    const error = await rejection(collect(iterateRecordRows(client, STUDY, { forms: ['XX'] })));
    expect(isInvalidInputError(error)).toBe(true);
    expect(
      isInvalidInputError(await rejection(listRecordRows(client, STUDY, { forms: ['XX'] }))),
    ).toBe(true);
    scope.done();
  });

  it('iterateLongRows yields the rows of openLongTable', async () => {
    const scope = api();
    serveStudy(scope);
    serve(scope, 'records', RECORDS.slice(0, 1));
    const rows = await collect(iterateLongRows(client, STUDY, { forms: ['DM'] }));
    expect(rows).toEqual(
      await collect((await openLongTable(client, STUDY, { forms: ['DM'] })).rows),
    );
    expect(rows.map((r) => [r.variable, r.value])).toEqual([
      ['SEX', 'F'],
      ['AGE', '42'],
    ]);
    scope.done();
  });
});

describe('iterateFormTables', () => {
  it('yields one table per form with its own columns and rows', async () => {
    const scope = api();
    serveStudy(scope);
    const seen = serve(scope, 'records', (q) =>
      RECORDS.filter((r) => q.filter!.includes(`formKey==${r.formKey ?? 'AE'}`)),
    );
    serve(scope, 'visits', [{ visitId: 8, intervalName: 'Unscheduled' }]);
    const tables = [];
    for await (const table of iterateFormTables(client, STUDY)) {
      tables.push({
        formKey: table.formKey,
        columns: table.columns.map((c) => c.name),
        rows: await collect(table.rows),
      });
    }
    expect(tables.map((t) => t.formKey)).toEqual(['DM', 'AE']);
    expect(tables[0]!.columns.slice(8)).toEqual(['SEX', 'AGE']);
    expect(tables[1]!.columns.slice(8)).toEqual(['AETERM', 'subjectKey_2']);
    expect(tables[0]!.rows.map((r) => r.recordId)).toEqual([1]);
    expect(Object.keys(tables[0]!.rows[0]!)).toEqual(tables[0]!.columns);
    expect(seen.map((q) => q.filter)).toEqual([`formKey==DM;${S}`, `formKey==AE;${S}`]);
    scope.done();
  });
});

describe('openLongTable', () => {
  it('gives one row per record and variable', async () => {
    const scope = api();
    serveStudy(scope);
    const { columns, rows } = await openLongTable(client, STUDY, { forms: ['DM'] });
    expect(columns.map((c) => c.name)).toEqual([
      'recordId',
      'subjectKey',
      'formKey',
      'variable',
      'label',
      'value',
    ]);
    serve(scope, 'records', RECORDS.slice(0, 1));
    expect(await collect(rows)).toEqual([
      { recordId: 1, subjectKey: 'S1', formKey: 'DM', variable: 'SEX', label: 'Sex', value: 'F' },
      { recordId: 1, subjectKey: 'S1', formKey: 'DM', variable: 'AGE', label: 'Age', value: '42' },
    ]);
    scope.done();
  });
});

it('leaves the interval unknown when the visit is gone', async () => {
  const scope = api();
  serveStudy(scope);
  serve(scope, 'records', [RECORDS[1]]);
  serve(scope, 'visits', []);
  const { rows } = await openRecordTable(client, STUDY);
  expect((await collect(rows))[0]).toMatchObject({ recordId: 2, intervalName: null });
  scope.done();
});

it('passes the server error of the record list on while iterating', async () => {
  const scope = api();
  serveStudy(scope);
  const denied = api()
    .get(`${PATH}/records`)
    .query(true)
    .reply(403, { metadata: { status: 'ERROR', error: { message: 'no access' } } });
  const { rows } = await openRecordTable(client, STUDY);
  const error = await rejection(collect(rows));
  expect(error.status).toBe(403);
  scope.done();
  denied.done();
});

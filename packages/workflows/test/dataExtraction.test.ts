import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { extractAuditTrail, extractRecords } from '../src/index.ts';
import { api, collect, rejection, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();
const S = `studyKey==${STUDY}`;

const record = (recordId: number, subjectKey: string, visitId: number, formKey = 'AE') => ({
  recordId,
  subjectKey,
  subjectId: Number(subjectKey.slice(1)),
  visitId,
  formKey,
  recordData: {},
});

describe('extractRecords', () => {
  it('streams records with record filters only, fetching nothing until iterated', async () => {
    const scope = api();
    const iterable = extractRecords(client, STUDY, { records: { formKey: 'AE' } });
    const seen = serve(scope, 'records', [record(1, 'S1', 10), record(2, 'S2', 11)]);
    expect(seen).toHaveLength(0);
    const records = await collect(iterable);
    expect(records.map((r) => r.recordId)).toEqual([1, 2]);
    expect(seen[0]!.filter).toBe(`formKey==AE;${S}`);
    scope.done();
  });

  it('joins subjects and visits, sending a small visit set to the server', async () => {
    const scope = api();
    const subjects = serve(scope, 'subjects', [
      { subjectId: 1, subjectKey: 'S1' },
      { subjectId: 2, subjectKey: 'S2' },
    ]);
    const visits = serve(scope, 'visits', [
      { visitId: 10, subjectKey: 'S1', subjectId: 1 },
      { visitId: 12, subjectKey: 'S2', subjectId: 2 },
      { visitId: 13, subjectKey: 'S9', subjectId: 9 },
    ]);
    // the server ignores nothing here, but the join is checked again on each record
    const seen = serve(scope, 'records', [
      record(1, 'S1', 10),
      record(2, 'S2', 11),
      record(3, 'S2', 12),
      record(4, 'S9', 13),
    ]);
    const records = await collect(
      extractRecords(client, STUDY, {
        records: { formKey: 'AE' },
        subjects: { siteName: 'North' },
        visits: { intervalName: 'Day 1' },
      }),
    );
    expect(records.map((r) => r.recordId)).toEqual([1, 3]);
    expect(subjects[0]!.filter).toBe(`siteName==North;${S}`);
    // two subjects: the visits are narrowed to them on the server too
    expect(visits[0]!.filter).toBe(
      `intervalName=="Day 1";subjectKey==S1;${S},intervalName=="Day 1";subjectKey==S2;${S}`,
    );
    expect(seen[0]!.filter).toBe(`formKey==AE;visitId==10;${S},formKey==AE;visitId==12;${S}`);
    scope.done();
  });

  it('joins a large subject set while streaming instead of in the filter', async () => {
    const scope = api();
    const many = Array.from({ length: 30 }, (_, i) => ({ subjectId: i, subjectKey: `S${i}` }));
    serve(scope, 'subjects', many);
    const seen = serve(scope, 'records', [
      record(1, 'S1', 1),
      record(2, 'S99', 1),
      record(3, 'S29', 1),
    ]);
    const records = await collect(
      extractRecords(client, STUDY, { subjects: { subjectStatus: 'Enrolled' } }),
    );
    expect(records.map((r) => r.recordId)).toEqual([1, 3]);
    expect(seen[0]!.filter).toBe(S);
    scope.done();
  });

  it('stops before listing records when no subject matches', async () => {
    const scope = api();
    serve(scope, 'subjects', []);
    expect(
      await collect(extractRecords(client, STUDY, { subjects: { siteName: 'None' } })),
    ).toEqual([]);
    scope.done();
  });
});

describe('extractAuditTrail', () => {
  const revisions = [
    { recordRevisionId: 1, user: 'jdoe', dateCreated: '2024-01-01 00:00:00' },
    { recordRevisionId: 2, user: 'jdoe', dateCreated: '2024-01-15 12:00:00' },
    { recordRevisionId: 3, user: 'jdoe', dateCreated: '2024-02-01 00:00:00' },
    { recordRevisionId: 4, user: 'jdoe', dateCreated: null },
  ];

  it('sends a real range [from, to) and user, and checks the range again', async () => {
    const scope = api();
    const seen = serve(scope, 'recordRevisions', revisions);
    const out = await collect(
      extractAuditTrail(client, STUDY, { from: '2024-01-01', to: '2024-02-01', user: 'jdoe' }),
    );
    expect(out.map((r) => r.recordRevisionId)).toEqual([1, 2]);
    expect(seen[0]!.filter).toBe(
      `dateCreated>="2024-01-01T00:00:00.000Z";dateCreated<"2024-02-01T00:00:00.000Z";user==jdoe;${S}`,
    );
    scope.done();
  });

  it('reads zoneless timestamps as UTC, takes several users and other filters', async () => {
    const scope = api();
    const seen = serve(scope, 'recordRevisions', revisions);
    const out = await collect(
      extractAuditTrail(client, STUDY, {
        from: '2024-01-15 12:00',
        user: ['a', 'b'],
        filters: { formKey: 'AE' },
      }),
    );
    expect(out.map((r) => r.recordRevisionId)).toEqual([2, 3]);
    expect(seen[0]!.filter).toBe(
      `formKey==AE;dateCreated>="2024-01-15T12:00:00.000Z";user==a;${S},formKey==AE;dateCreated>="2024-01-15T12:00:00.000Z";user==b;${S}`,
    );
    scope.done();
  });

  it('streams everything without criteria', async () => {
    const scope = api();
    serve(scope, 'recordRevisions', revisions);
    expect(await collect(extractAuditTrail(client, STUDY))).toHaveLength(4);
    scope.done();
  });

  it('refuses a bad range, a bad user and a filter that would fight the criteria', async () => {
    for (const criteria of [
      { from: 'yesterday' },
      { from: '2024-02-01', to: '2024-01-01' },
      { user: '' },
      { user: [] },
      { filters: { dateCreated: ['>', '2024-01-01'] as const } },
    ]) {
      const error = await rejection(collect(extractAuditTrail(client, STUDY, criteria as never)));
      expect(isInvalidInputError(error), JSON.stringify(criteria)).toBe(true);
    }
  });
});

import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import {
  getOpenQueries,
  getQueriesBySite,
  getQueriesForSubject,
  getQueryState,
  getQueryStateCounts,
} from '../src/index.ts';
import { api, rejection, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();

const comment = (sequence: number, closed: boolean | string | null) => ({
  sequence,
  closed,
  comment: 'c',
});
const QUERIES = [
  { annotationId: 1, subjectKey: 'S1', queryComments: [comment(1, false)] },
  { annotationId: 2, subjectKey: 'S1', queryComments: [comment(2, true), comment(1, false)] },
  // the latest comment re-opened it, though an earlier one closed it
  { annotationId: 3, subjectKey: 'S2', queryComments: [comment(1, true), comment(3, false)] },
  { annotationId: 4, subjectKey: 'S2', queryComments: [] },
  { annotationId: 5, subjectKey: 'S3', queryComments: [comment(1, null)] },
];

describe('getQueryState', () => {
  it('reads the comment with the highest sequence', () => {
    expect(QUERIES.map((q) => getQueryState(q as never))).toEqual([
      'open',
      'closed',
      'open',
      'unknown',
      'unknown',
    ]);
    expect(getQueryState({ queryComments: null })).toBe('unknown');
  });
});

describe('getOpenQueries', () => {
  it('keeps the open queries and passes filters to the server', async () => {
    const scope = api();
    const seen = serve(scope, 'queries', QUERIES);
    const open = await getOpenQueries(client, STUDY, { annotationType: 'QUERY' });
    expect(open.map((q) => q.annotationId)).toEqual([1, 3]);
    expect(seen[0]!.filter).toBe(`annotationType==QUERY;studyKey==${STUDY}`);
    scope.done();
  });
});

describe('getQueriesForSubject', () => {
  it('asks the server for one subject', async () => {
    const scope = api();
    const seen = serve(scope, 'queries', QUERIES.slice(0, 2));
    const queries = await getQueriesForSubject(client, STUDY, 'S1');
    expect(queries.map((q) => q.annotationId)).toEqual([1, 2]);
    expect(seen[0]!.filter).toBe(`subjectKey==S1;studyKey==${STUDY}`);
    scope.done();
  });

  it('refuses an empty subject key and a second subject filter', async () => {
    expect(isInvalidInputError(await rejection(getQueriesForSubject(client, STUDY, '')))).toBe(
      true,
    );
    const error = await rejection(getQueriesForSubject(client, STUDY, 'S1', { subjectKey: 'S2' }));
    expect(error.details[0].field).toBe('subjectKey');
  });
});

describe('getQueriesBySite', () => {
  const subjects = Array.from({ length: 7 }, (_, i) => ({
    subjectId: i + 1,
    subjectKey: `SUBJ-${i + 1}`,
    siteName: 'North Site',
  }));

  it('lists the site subjects, then asks for their queries in bounded OR chunks', async () => {
    const scope = api();
    const subjectQueries = serve(scope, 'subjects', subjects);
    const queryQueries = serve(scope, 'queries', (query) => {
      const keys = [...query.filter!.matchAll(/subjectKey==(SUBJ-\d+)/g)].map((m) => m[1]);
      return keys.map((key, i) => ({
        annotationId: Number(key!.slice(5)) * 10 + i,
        subjectKey: key,
      }));
    });
    const queries = await getQueriesBySite(client, STUDY, 'North Site', {}, { chunkSize: 3 });
    expect(subjectQueries[0]!.filter).toBe(`siteName=="North Site";studyKey==${STUDY}`);
    expect(queryQueries.map((q) => q.filter)).toEqual([
      `subjectKey==SUBJ-1;studyKey==${STUDY},subjectKey==SUBJ-2;studyKey==${STUDY},subjectKey==SUBJ-3;studyKey==${STUDY}`,
      `subjectKey==SUBJ-4;studyKey==${STUDY},subjectKey==SUBJ-5;studyKey==${STUDY},subjectKey==SUBJ-6;studyKey==${STUDY}`,
      `subjectKey==SUBJ-7;studyKey==${STUDY}`,
    ]);
    expect(queries.map((q) => q.subjectKey)).toEqual(subjects.map((s) => s.subjectKey));
    scope.done();
  });

  it('takes a site id, narrows by a subjectKey filter, and fits other OR filters in each chunk', async () => {
    const scope = api();
    const subjectQueries = serve(scope, 'subjects', subjects);
    const queryQueries = serve(scope, 'queries', []);
    await getQueriesBySite(
      client,
      STUDY,
      12,
      { subjectKey: ['SUBJ-2', 'SUBJ-5', 'OTHER'], annotationType: ['A', 'B'] },
      { chunkSize: 25 },
    );
    expect(subjectQueries[0]!.filter).toBe(`siteId==12;studyKey==${STUDY}`);
    expect(queryQueries).toHaveLength(1);
    const branches = queryQueries[0]!.filter!.split(',');
    expect(branches).toHaveLength(4);
    expect(
      branches.every((b) => /^annotationType==[AB];subjectKey==SUBJ-[25];studyKey==/.test(b)),
    ).toBe(true);
    scope.done();
  });

  it('asks for no queries when the site has no subjects', async () => {
    const scope = api();
    serve(scope, 'subjects', []);
    expect(await getQueriesBySite(client, STUDY, 'Empty')).toEqual([]);
    scope.done();
  });

  it('keeps every filter string bounded however many subjects there are', async () => {
    const scope = api();
    const many = Array.from({ length: 120 }, (_, i) => ({
      subjectId: i,
      subjectKey: `K-${'x'.repeat(60)}-${i}`,
    }));
    serve(scope, 'subjects', many);
    const queryQueries = serve(scope, 'queries', []);
    await getQueriesBySite(client, STUDY, 'Big');
    expect(queryQueries.length).toBeGreaterThan(4);
    for (const q of queryQueries) expect(q.filter!.length).toBeLessThanOrEqual(4096);
    const asked = queryQueries.flatMap((q) =>
      [...q.filter!.matchAll(/subjectKey==([^;]+)/g)].map((m) => m[1]),
    );
    expect(asked).toHaveLength(120);
    scope.done();
  });
});

describe('getQueryStateCounts', () => {
  it('counts open, closed and unknown queries', async () => {
    const scope = api();
    serve(scope, 'queries', QUERIES);
    expect(await getQueryStateCounts(client, STUDY)).toEqual({
      open: 2,
      closed: 1,
      unknown: 2,
      total: 5,
    });
    scope.done();
  });
});

import {
  type CallOptions,
  type Client,
  DEFAULT_READ_PAGE_SIZE,
  isInvalidInputError,
  isItemNotFoundError,
} from '@imednet/core';
import { describe, expect, it } from 'vitest';
import type { ListOptions, PageResult } from '../src/index.ts';
import * as r from '../src/index.ts';
import { api, BASE, envelope, rejection, testClient, useNock } from './helpers.ts';
import { listEnvelope } from './spec.ts';

useNock();

/** The page size of whole reads (list, iterate, get); `Case.size` is that of one-page reads. */
const READ_SIZE = String(DEFAULT_READ_PAGE_SIZE);

type Item = Record<string, unknown>;
type F = Record<string, unknown> | string | undefined;
type O = ListOptions & Record<string, unknown>;

interface Case {
  resource: string;
  segment: string;
  idField: string;
  size: number;
  studyFilter: boolean;
  list(c: Client, f?: F, o?: O): Promise<Item[]>;
  iterate(c: Client, f?: F, o?: O): AsyncIterable<Item>;
  page(c: Client, f: F, o: O & { page: number }): Promise<PageResult<Item>>;
  get(c: Client, id: string | number, o?: CallOptions): Promise<Item>;
}

// biome-ignore lint/suspicious/noExplicitAny: one table drives functions of different item types
type AnyFn = (...args: any[]) => any;

function scoped(
  resource: string,
  idField: string,
  fns: [AnyFn, AnyFn, AnyFn, AnyFn],
  options: { size?: number; studyFilter?: boolean; segment?: string } = {},
): Case {
  const [list, iterate, page, get] = fns;
  return {
    resource,
    segment: options.segment ?? `studies/S1/${resource[0]!.toLowerCase()}${resource.slice(1)}`,
    idField,
    size: options.size ?? 100,
    studyFilter: options.studyFilter ?? false,
    list: (c, f, o) => list(c, 'S1', f, o),
    iterate: (c, f, o) => iterate(c, 'S1', f, o),
    page: (c, f, o) => page(c, 'S1', f, o),
    get: (c, id, o) => get(c, 'S1', id, o),
  };
}

const cases: Case[] = [
  {
    resource: 'Studies',
    segment: 'studies',
    idField: 'studyKey',
    size: 100,
    studyFilter: false,
    list: (c, f, o) => (r.listStudies as AnyFn)(c, f, o),
    iterate: (c, f, o) => (r.iterateStudies as AnyFn)(c, f, o),
    page: (c, f, o) => (r.listStudiesPage as AnyFn)(c, f, o),
    get: (c, id, o) => (r.getStudy as AnyFn)(c, id, o),
  },
  scoped('Sites', 'siteId', [r.listSites, r.iterateSites, r.listSitesPage, r.getSite]),
  scoped(
    'Subjects',
    'subjectKey',
    [r.listSubjects, r.iterateSubjects, r.listSubjectsPage, r.getSubject],
    { studyFilter: true },
  ),
  scoped('Forms', 'formId', [r.listForms, r.iterateForms, r.listFormsPage, r.getForm], {
    size: 500,
  }),
  scoped(
    'Intervals',
    'intervalId',
    [r.listIntervals, r.iterateIntervals, r.listIntervalsPage, r.getInterval],
    { size: 500 },
  ),
  scoped(
    'Variables',
    'variableId',
    [r.listVariables, r.iterateVariables, r.listVariablesPage, r.getVariable],
    { size: 500 },
  ),
  scoped('Visits', 'visitId', [r.listVisits, r.iterateVisits, r.listVisitsPage, r.getVisit], {
    studyFilter: true,
  }),
  scoped('Records', 'recordId', [r.listRecords, r.iterateRecords, r.listRecordsPage, r.getRecord], {
    studyFilter: true,
  }),
  scoped(
    'RecordRevisions',
    'recordRevisionId',
    [
      r.listRecordRevisions,
      r.iterateRecordRevisions,
      r.listRecordRevisionsPage,
      r.getRecordRevision,
    ],
    { studyFilter: true },
  ),
  scoped(
    'Queries',
    'annotationId',
    [r.listQueries, r.iterateQueries, r.listQueriesPage, r.getQuery],
    { studyFilter: true },
  ),
  scoped('Codings', 'codingId', [r.listCodings, r.iterateCodings, r.listCodingsPage, r.getCoding]),
];

/** The query a list call sends for a user filter (or none), with the study-key rule. */
function filterFor(c: Case, user?: string): string | undefined {
  if (!c.studyFilter) return user;
  return user ? `${user};studyKey==S1` : 'studyKey==S1';
}

function query(extra: Record<string, string | undefined>) {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(extra)) if (value !== undefined) out[k] = value;
  return out;
}

describe.each(cases)('$resource', (c) => {
  const path = `${BASE}/${c.segment}`;
  const example = () => listEnvelope(c.resource);
  const exampleId = () => example().data[0]![c.idField] as string | number;

  it('list: path, page, size, study-key filter, auth headers; decodes the spec example', async () => {
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: READ_SIZE, filter: filterFor(c) }))
      .reply(200, example());
    const items = await c.list(testClient());
    expect(items).toHaveLength(1);
    expect(String(items[0]![c.idField])).toBe(String(exampleId()));
    expect(items[0]!.dateCreated ?? items[0]!.dateCoded).toBeInstanceOf(Date);
    scope.done();
  });

  it('list: object filter on every OR branch, one sort parameter, page size override', async () => {
    const filter = c.studyFilter
      ? 'studyKey==A;studyKey==S1,studyKey==B;studyKey==S1'
      : 'studyKey==A,studyKey==B';
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: '7', filter, sort: 'dateCreated,DESC' }))
      .reply(200, envelope([], { totalPages: 0, totalElements: 0 }));
    const items = await c.list(
      testClient(),
      { studyKey: ['A', 'B'] },
      {
        sort: { dateCreated: 'desc' },
        pageSize: 7,
      },
    );
    expect(items).toEqual([]);
    scope.done();
  });

  it('list: a raw string filter is sent with the study key on each branch', async () => {
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: READ_SIZE, filter: filterFor(c, 'x==1') }))
      .reply(200, envelope([]));
    await c.list(testClient(), 'x==1');
    scope.done();
  });

  it('iterate: lazy, page by page, decoding each item with drift (strings, "" and extra fields)', async () => {
    const raw = example().data[0]!;
    const dateField = c.resource === 'Codings' ? 'dateCoded' : 'dateCreated';
    // Another item (a full read yields each id once), its id as a string.
    const id = raw[c.idField];
    const otherId = typeof id === 'number' ? id + 1 : `${String(id)}-2`;
    const drifted = { ...raw, [c.idField]: String(otherId), [dateField]: '', extra: 'kept' };
    const requests: string[] = [];
    const client = testClient({ hooks: { onRequest: (state) => requests.push(state.url) } });
    const items = c.iterate(client, undefined, { pageSize: 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(requests).toEqual([]);
    // Nothing is requested before the first item is pulled (no interceptor exists yet).
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: '1', filter: filterFor(c) }))
      .reply(200, envelope([raw], { size: 1, totalPages: 2, totalElements: 2 }))
      .get(path)
      .query(query({ page: '1', size: '1', filter: filterFor(c) }))
      .reply(
        200,
        envelope([drifted], { currentPage: 1, size: 1, totalPages: 2, totalElements: 2 }),
      );
    const seen: Item[] = [];
    for await (const item of items) seen.push(item);
    expect(seen).toHaveLength(2);
    expect(requests).toHaveLength(2);
    expect(seen[1]!.extra).toBe('kept');
    expect(seen[0]![dateField]).toBeInstanceOf(Date);
    expect(seen[1]![dateField]).toBeNull();
    expect(String(seen[1]![c.idField])).toBe(String(otherId));
    scope.done();
  });

  it('page: one request for the page asked, with the paging figures', async () => {
    const scope = api()
      .get(path)
      .query(query({ page: '3', size: '20', filter: filterFor(c) }))
      .reply(
        200,
        envelope(example().data, { currentPage: 3, size: 20, totalPages: 9, totalElements: 161 }),
      );
    const page = await c.page(testClient(), undefined, { page: 3, pageSize: 20 });
    expect(page).toMatchObject({ page: 3, pageSize: 20, totalPages: 9, totalElements: 161 });
    expect(page.items).toHaveLength(1);
    expect(await rejection(c.page(testClient(), undefined, { page: -1 }))).toSatisfy(
      isInvalidInputError,
    );
    scope.done();
  });

  it('get: filters on the id and returns the exact match', async () => {
    const id = exampleId();
    const near = {
      ...example().data[0]!,
      [c.idField]: typeof id === 'number' ? id * 10 + 2 : `${id}X`,
    };
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: READ_SIZE, filter: filterFor(c, `${c.idField}==${id}`) }))
      .reply(200, envelope([near, example().data[0]]));
    const item = await c.get(testClient(), id);
    expect(String(item[c.idField])).toBe(String(id));
    scope.done();
  });

  it('get: a near match is not returned: ItemNotFoundError, no HTTP status', async () => {
    const id = exampleId();
    const near = {
      ...example().data[0]!,
      [c.idField]: typeof id === 'number' ? id * 10 + 2 : `${id}X`,
    };
    const scope = api()
      .get(path)
      .query(query({ page: '0', size: READ_SIZE, filter: filterFor(c, `${c.idField}==${id}`) }))
      .reply(200, envelope([near]));
    const error = await rejection(c.get(testClient(), id));
    expect(isItemNotFoundError(error)).toBe(true);
    expect(error).toMatchObject({ resource: c.segment.split('/').pop(), id });
    expect(error.status).toBeUndefined();
    scope.done();
  });

  it('refuses a bad page size or id before any request', async () => {
    expect(
      isInvalidInputError(await rejection(c.list(testClient(), undefined, { pageSize: 501 }))),
    ).toBe(true);
    expect(isInvalidInputError(await rejection(c.get(testClient(), '')))).toBe(true);
  });
});

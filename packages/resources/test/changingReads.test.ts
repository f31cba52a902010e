import { isPaginationError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { iterateRecords, listRecords, listSites } from '../src/index.ts';
import { envelope, rejection, testClient } from './helpers.ts';

interface Row {
  recordId: number;
  siteId: number;
  dateModified: number;
}

/**
 * An injected fetch serving records (or sites) from a mutable table, sorted as asked, and
 * calling `afterPage` after each page it serves: a server whose data changes mid-read.
 */
function changingApi(count: number, afterPage: (rows: Row[], served: number) => void) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({
    recordId: i + 1,
    siteId: i + 1,
    dateModified: 1000 + i,
  }));
  let served = 0;
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    const [property = 'recordId', direction = 'ASC'] = (url.searchParams.get('sort') ?? '').split(
      ',',
    );
    const key = (property || 'recordId') as keyof Row;
    const sorted = [...rows].sort((a, b) => (a[key] - b[key]) * (direction === 'DESC' ? -1 : 1));
    const data = sorted.slice(page * size, page * size + size).map((row) => ({
      ...row,
      studyKey: 'S1',
      dateModified: new Date(row.dateModified * 60_000).toISOString(),
      recordData: {},
    }));
    const body = envelope(data, {
      currentPage: page,
      size,
      totalPages: Math.ceil(rows.length / size),
      totalElements: rows.length,
    });
    served += 1;
    afterPage(rows, served);
    return Response.json(body);
  };
  return { rows, fetch, requests: () => served };
}

/** Moves a record to the newest modification time, as an edit does. */
function touch(rows: Row[], recordId: number) {
  const row = rows.find((r) => r.recordId === recordId)!;
  row.dateModified = Math.max(...rows.map((r) => r.dateModified)) + 1;
}

const ids = (items: { recordId: number }[]) => items.map((r) => r.recordId);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('a full read while the data changes', () => {
  it.each([
    ['dateModified,DESC', 5],
    ['dateModified,ASC', 22],
    ['dateModified,DESC', 25],
  ])(
    'sorted by %s, with record %i edited after the first page: every record once',
    async (sort, edited) => {
      const api = changingApi(25, (rows, served) => {
        if (served === 1) touch(rows, edited);
      });
      const client = testClient({ fetch: api.fetch, readAhead: 0 });
      const items = await listRecords(client, 'S1', undefined, { sort, pageSize: 10 });
      expect(new Set(ids(items)).size).toBe(items.length);
      expect(ids(items).sort((a, b) => a - b)).toEqual(range(25));
    },
  );

  it('yields the records missed by the first pass after the others, in one extra pass by id', async () => {
    const api = changingApi(25, (rows, served) => {
      if (served === 1) touch(rows, 5);
    });
    const client = testClient({ fetch: api.fetch, readAhead: 0 });
    const seen: number[] = [];
    for await (const r of iterateRecords(client, 'S1', undefined, {
      sort: { dateModified: 'DESC' },
      pageSize: 10,
    })) {
      seen.push(r.recordId);
    }
    // The first pass: 25..16, then 15..7 (16 again, skipped), then 6..1 without 5.
    expect(seen.slice(0, 10)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(seen.at(-1)).toBe(5);
    expect(api.requests()).toBe(6);
  });

  it('reads once when nothing changes, whatever the sort', async () => {
    const api = changingApi(25, () => {});
    const client = testClient({ fetch: api.fetch, readAhead: 0 });
    const items = await listRecords(client, 'S1', undefined, {
      sort: 'dateModified,DESC',
      pageSize: 10,
    });
    expect(ids(items)).toEqual(range(25).reverse());
    expect(api.requests()).toBe(3);
  });

  it('de-duplicates by id for every resource (sites here)', async () => {
    const api = changingApi(25, (rows, served) => {
      if (served === 1) touch(rows, 3);
    });
    const client = testClient({ fetch: api.fetch, readAhead: 0 });
    const sites = await listSites(client, 'S1', undefined, {
      sort: 'dateModified,DESC' as never,
      pageSize: 10,
    });
    const siteIds = sites.map((s) => s.siteId);
    expect(new Set(siteIds).size).toBe(siteIds.length);
    expect(siteIds.sort((a, b) => a - b)).toEqual(range(25));
  });

  it('raises a PaginationError when records keep arriving through the second pass', async () => {
    const api = changingApi(25, (rows) => {
      // Every page served, a new record is created: the set itself keeps moving.
      const recordId = rows.length + 1;
      rows.push({ recordId, siteId: recordId, dateModified: 5000 + recordId });
    });
    const client = testClient({ fetch: api.fetch, readAhead: 0 });
    const error = await rejection(
      listRecords(client, 'S1', undefined, { sort: 'dateModified,DESC', pageSize: 10 }),
    );
    expect(isPaginationError(error)).toBe(true);
  });

  it('does not call an edit during the second pass a failure: the id order does not move', async () => {
    let next = 1;
    const api = changingApi(25, (rows) => {
      touch(rows, next);
      next += 1;
    });
    const client = testClient({ fetch: api.fetch, readAhead: 0 });
    const items = await listRecords(client, 'S1', undefined, {
      sort: 'dateModified,ASC',
      pageSize: 10,
    });
    expect(ids(items).sort((a, b) => a - b)).toEqual(range(25));
  });
});

import { api, BASE, envelope, rejection, testClient, useNock } from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import {
  collect,
  DEFAULT_READ_PAGE_SIZE,
  fetchPage,
  isInvalidInputError,
  isPaginationError,
  isResponseValidationError,
  iterateItems,
  type Page,
  paginate,
  type RequestDescription,
} from '../src/index.ts';

useNock();

const SITES: RequestDescription = {
  method: 'GET',
  path: ['studies', 'S1', 'sites'],
  query: { filter: 'a==1' },
};
const PATH = `${BASE}/studies/S1/sites`;

function serve(page: number, size: number, data: unknown[], pagination: Record<string, number>) {
  return api()
    .get(PATH)
    .query({ filter: 'a==1', page: String(page), size: String(size) })
    .reply(
      200,
      envelope(data, { currentPage: page, size, totalElements: undefined, ...pagination }),
    );
}

async function pagesOf(options: Parameters<typeof paginate>[2] = {}, client = testClient()) {
  const pages: Page[] = [];
  for await (const p of paginate(client, SITES, options)) pages.push(p);
  return pages;
}

describe('paginate', () => {
  test('requests 0..totalPages-1 and stops there', async () => {
    const scopes = [
      serve(0, 2, [1, 2], { totalPages: 3, totalElements: 5 }),
      serve(1, 2, [3, 4], { totalPages: 3, totalElements: 5 }),
      serve(2, 2, [5], { totalPages: 3, totalElements: 5 }),
    ];
    const pages = await pagesOf({ pageSize: 2 });
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]).toMatchObject({ page: 0, pageSize: 2, totalPages: 3, totalElements: 5 });
    for (const scope of scopes) scope.done();
  });

  test('stops after totalPages-1 even if that page is full', async () => {
    const scopes = [
      serve(0, 2, [1, 2], { totalPages: 2, totalElements: 4 }),
      serve(1, 2, [3, 4], { totalPages: 2, totalElements: 4 }),
    ];
    expect((await pagesOf({ pageSize: 2 })).length).toBe(2);
    for (const scope of scopes) scope.done();
  });

  test('totalPages 0: one request, no items', async () => {
    const scope = serve(0, DEFAULT_READ_PAGE_SIZE, [], { totalPages: 0, totalElements: 0 });
    const pages = await pagesOf();
    expect(pages.length).toBe(1);
    expect(pages[0]?.items).toEqual([]);
    scope.done();
  });

  test('missing totalPages: stops at the first page shorter than the size the response reports', async () => {
    // Asked for 5, the server caps at 2 and says so: a page of 2 is full, not short.
    const scope = api()
      .get(PATH)
      .query({ filter: 'a==1', page: '0', size: '5' })
      .reply(200, { pagination: { size: 2 }, data: [1, 2] })
      .get(PATH)
      .query({ filter: 'a==1', page: '1', size: '5' })
      .reply(200, { pagination: { size: 2 }, data: [3, 4] })
      .get(PATH)
      .query({ filter: 'a==1', page: '2', size: '5' })
      .reply(200, { pagination: { size: 2 }, data: [5] });
    const items = await collect(iterateItems(paginate(testClient(), SITES, { pageSize: 5 })));
    expect(items).toEqual([1, 2, 3, 4, 5]);
    scope.done();
  });

  test('missing totalPages and size: the requested size decides; an empty page ends', async () => {
    const scope = api()
      .get(PATH)
      .query({ filter: 'a==1', page: '0', size: '2' })
      .reply(200, { data: [1, 2] })
      .get(PATH)
      .query({ filter: 'a==1', page: '1', size: '2' })
      .reply(200, { data: [] });
    expect((await pagesOf({ pageSize: 2 })).map((p) => p.items)).toEqual([[1, 2], []]);
    scope.done();
  });

  test('a server repeating a page is a PaginationError, not a loop', async () => {
    const scope = api()
      .get(PATH)
      .query(true)
      .times(2)
      .reply(200, { pagination: { size: 2 }, data: [1, 2] });
    const error = await rejection(pagesOf({ pageSize: 2 }));
    expect(isPaginationError(error)).toBe(true);
    expect(error.message).toContain('repeats');
    expect(error.page).toBe(1);
    scope.done();
  });

  test('more than maxPages is a PaginationError', async () => {
    const scopes = [serve(0, 1, [1], { totalPages: 10 }), serve(1, 1, [2], { totalPages: 10 })];
    const error = await rejection(pagesOf({ pageSize: 1, maxPages: 2 }));
    expect(isPaginationError(error)).toBe(true);
    expect(error.message).toContain('maxPages');
    for (const scope of scopes) scope.done();
  });

  test('totalElements disagreeing with what arrived: PaginationError by default', async () => {
    const scopes = [
      serve(0, 2, [1, 2], { totalPages: 2, totalElements: 5 }),
      serve(1, 2, [3, 4], { totalPages: 2, totalElements: 5 }),
    ];
    const error = await rejection(pagesOf({ pageSize: 2 }));
    expect(isPaginationError(error)).toBe(true);
    expect(error.expected).toBe(5);
    expect(error.received).toBe(4);
    for (const scope of scopes) scope.done();
  });

  test("onCountMismatch: 'hook' reports it instead", async () => {
    const scope = serve(0, 2, [1, 2], { totalPages: 1, totalElements: 3 });
    const seen: unknown[] = [];
    const client = testClient({ hooks: { onPaginationMismatch: (s) => seen.push(s) } });
    const pages = await pagesOf({ pageSize: 2, onCountMismatch: 'hook' }, client);
    expect(pages.length).toBe(1);
    expect(seen).toEqual([
      { url: expect.stringContaining('/studies/S1/sites'), expected: 3, received: 2 },
    ]);
    scope.done();
  });

  test("onCountMismatch: 'hook' without a hook still throws (never silent)", async () => {
    const scope = serve(0, 2, [1, 2], { totalPages: 1, totalElements: 3 });
    expect(
      isPaginationError(await rejection(pagesOf({ pageSize: 2, onCountMismatch: 'hook' }))),
    ).toBe(true);
    scope.done();
  });

  test('startPage skips the first pages; the count check allows for them', async () => {
    const scope = serve(1, 2, [3], { totalPages: 2, totalElements: 3 });
    expect((await pagesOf({ pageSize: 2, startPage: 1 })).map((p) => p.items)).toEqual([[3]]);
    scope.done();
  });

  test('numeric strings in pagination are read (seen live)', async () => {
    const scope = api()
      .get(PATH)
      .query(true)
      .reply(200, { pagination: { totalPages: '1', totalElements: '2', size: '2' }, data: [1, 2] });
    const pages = await pagesOf({ pageSize: 2 });
    expect(pages[0]).toMatchObject({ totalPages: 1, totalElements: 2, pageSize: 2 });
    scope.done();
  });

  test('refuses bad paging options', async () => {
    for (const options of [
      { pageSize: 0 },
      { pageSize: 501 },
      { startPage: -1 },
      { maxPages: 0 },
    ]) {
      expect(isInvalidInputError(await rejection(pagesOf(options)))).toBe(true);
    }
  });

  test('breaking out early sends no more requests', async () => {
    // Only page 0 is served: a request for page 1 would find no interceptor and fail.
    const scope = serve(0, 2, [1, 2], { totalPages: 5 });
    const pages = paginate(testClient(), SITES, { pageSize: 2, readAhead: 0 });
    const items = await collect(iterateItems(pages), {
      limit: 1,
    });
    expect(items).toEqual([1]);
    scope.done();
  });
});

describe('fetchPage', () => {
  test('one page with its figures', async () => {
    const scope = serve(3, 10, ['a'], { totalPages: 4, totalElements: 31 });
    const page = await fetchPage(testClient(), SITES, { page: 3, pageSize: 10 });
    expect(page).toEqual({ items: ['a'], page: 3, pageSize: 10, totalPages: 4, totalElements: 31 });
    scope.done();
  });

  test('an answer without a data array is a ResponseValidationError', async () => {
    const scope = api().get(PATH).query(true).reply(200, { data: 'nope' });
    const error = await rejection(fetchPage(testClient(), SITES, { page: 0, pageSize: 10 }));
    expect(isResponseValidationError(error)).toBe(true);
    expect(error.path).toBe('data');
    scope.done();
  });
});

describe('collect', () => {
  async function* numbers() {
    yield 1;
    yield 2;
    yield 3;
  }
  test('all, or up to a limit', async () => {
    expect(await collect(numbers())).toEqual([1, 2, 3]);
    expect(await collect(numbers(), { limit: 2 })).toEqual([1, 2]);
    expect(await collect(numbers(), { limit: 0 })).toEqual([]);
    expect(isInvalidInputError(await rejection(collect(numbers(), { limit: -1 })))).toBe(true);
  });
});

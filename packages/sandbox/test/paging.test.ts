import { describe, expect, test } from 'vitest';
import { setup } from './helpers.ts';

describe('paging arithmetic', () => {
  test('an empty list: zero pages, zero elements, no data', async () => {
    const { get, key } = setup({ subjectsPerStudy: 0, recordsPerStudy: 0 });
    for (const list of ['subjects', 'records', 'visits', 'queries', 'codings', 'recordRevisions']) {
      const { status, body } = await get(`/studies/${key}/${list}`);
      expect(status).toBe(200);
      expect(body.pagination).toMatchObject({
        currentPage: 0,
        size: 25,
        totalPages: 0,
        totalElements: 0,
      });
      expect(body.data).toEqual([]);
    }
  });

  test('one item: one page', async () => {
    const { get, key } = setup({ subjectsPerStudy: 1, recordsPerStudy: 1 });
    const { body } = await get(`/studies/${key}/records?size=10`);
    expect(body.pagination).toMatchObject({
      currentPage: 0,
      size: 10,
      totalPages: 1,
      totalElements: 1,
    });
    expect(body.data).toHaveLength(1);
    const next = await get(`/studies/${key}/records?size=10&page=1`);
    expect(next.body.data).toEqual([]);
    expect(next.body.pagination).toMatchObject({ currentPage: 1, totalPages: 1, totalElements: 1 });
  });

  test('exact multiples of the page size: the last page is full and the next is empty', async () => {
    const { get, key } = setup({ subjectsPerStudy: 5, recordsPerStudy: 50 });
    const pages = [];
    for (let page = 0; page < 3; page++)
      pages.push((await get(`/studies/${key}/records?size=25&page=${page}`)).body);
    expect(pages.map((p) => p.data.length)).toEqual([25, 25, 0]);
    for (const p of pages)
      expect(p.pagination).toMatchObject({ size: 25, totalPages: 2, totalElements: 50 });
    const ids = [...pages[0].data, ...pages[1].data].map((r: { recordId: number }) => r.recordId);
    expect(new Set(ids).size).toBe(50);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  test('size 500 is allowed, and a filtered list pages by its own total', async () => {
    const { get, key } = setup({ subjectsPerStudy: 10, recordsPerStudy: 1000 });
    const big = await get(`/studies/${key}/records?size=500&page=1`);
    expect(big.body.data).toHaveLength(500);
    expect(big.body.pagination).toMatchObject({ totalPages: 2, totalElements: 1000 });
    const vs = await get(`/studies/${key}/records?size=7&filter=formKey==VS`);
    const total = vs.body.pagination.totalElements;
    expect(total).toBe(30); // 3 VS slots in the schedule of each of 10 subjects
    expect(vs.body.pagination.totalPages).toBe(5);
    const last = await get(`/studies/${key}/records?size=7&page=4&filter=formKey==VS`);
    expect(last.body.data).toHaveLength(2);
  });

  test.each([
    ['size', '0'],
    ['size', '501'],
    ['size', '-1'],
    ['size', 'ten'],
    ['size', '2.5'],
    ['page', '-1'],
    ['page', 'x'],
    ['page', '1.5'],
  ])('%s=%s is a 400 naming the parameter', async (name, value) => {
    const { get, key } = setup();
    const { status, body } = await get(`/studies/${key}/sites?${name}=${value}`);
    expect(status).toBe(400);
    expect(body.metadata.status).toBe('BAD_REQUEST');
    expect(body.metadata.error).toMatchObject({ code: 1000, field: { attribute: name, value } });
  });

  test('a far page of a large study is served by index', async () => {
    const { get, key } = setup({ studyCount: 1, subjectsPerStudy: 1000, recordsPerStudy: 200_000 });
    const { body } = await get(`/studies/${key}/records?size=500&page=399&filter=studyKey==${key}`);
    expect(body.pagination).toMatchObject({ totalElements: 200_000, totalPages: 400 });
    expect(body.data).toHaveLength(500);
    expect(body.data[499].recordId).toBe(body.data[0].recordId + 499);
  });
});

import {
  API_KEY,
  api,
  BASE,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import {
  collect,
  HEADER_API_KEY,
  HEADER_SECURITY_KEY,
  isInvalidInputError,
  iterateItems,
  paginate,
  request,
} from '../src/index.ts';

useNock();

describe('request', () => {
  test('sends both auth headers, Accept, and parses JSON', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .query({ size: '10', active: 'true' })
      .matchHeader(HEADER_API_KEY, API_KEY)
      .matchHeader(HEADER_SECURITY_KEY, SECURITY_KEY)
      .matchHeader('accept', 'application/json')
      .reply(200, { data: [1, 2] });
    const body = await request(testClient(), {
      method: 'GET',
      path: ['studies'],
      query: { size: 10, active: true, skipped: undefined },
    });
    expect(body).toEqual({ data: [1, 2] });
    scope.done();
  });

  test('POST sends JSON body with content type and both auth headers', async () => {
    const scope = api()
      .post(`${BASE}/studies/S1/records`, [{ formKey: 'AE', data: { x: 1 } }])
      .matchHeader('content-type', 'application/json')
      .matchHeader(HEADER_API_KEY, API_KEY)
      .matchHeader(HEADER_SECURITY_KEY, SECURITY_KEY)
      .reply(202, { jobId: 'j', batchId: 'b', state: 'CREATED' });
    const body = await request(testClient(), {
      method: 'POST',
      path: ['studies', 'S1', 'records'],
      body: [{ formKey: 'AE', data: { x: 1 } }],
    });
    expect(body).toEqual({ jobId: 'j', batchId: 'b', state: 'CREATED' });
    scope.done();
  });

  test('percent-encodes path segments', async () => {
    const scope = api().get(`${BASE}/studies/A%20B%3F/sites`).reply(200, {});
    await request(testClient(), { method: 'GET', path: ['studies', 'A B?', 'sites'] });
    scope.done();
  });

  test.each(['', '.', '..'])('refuses the segment %j before sending', async (segment) => {
    const error = await rejection(
      request(testClient(), { method: 'GET', path: ['studies', segment] }),
    );
    expect(isInvalidInputError(error)).toBe(true);
  });

  test('empty body resolves undefined', async () => {
    const scope = api().get(`${BASE}/studies`).reply(200, '');
    expect(await request(testClient(), { method: 'GET', path: ['studies'] })).toBeUndefined();
    scope.done();
  });

  test('both auth headers on every attempt of a retried request and on every page', async () => {
    const withKeys = () =>
      api().matchHeader(HEADER_API_KEY, API_KEY).matchHeader(HEADER_SECURITY_KEY, SECURITY_KEY);
    const attempts = [
      withKeys().get(`${BASE}/studies`).reply(503),
      withKeys().get(`${BASE}/studies`).reply(429),
      withKeys().get(`${BASE}/studies`).reply(200, { ok: true }),
    ];
    expect(await request(testClient(), { method: 'GET', path: ['studies'] })).toEqual({ ok: true });
    for (const scope of attempts) scope.done();
    const first = withKeys()
      .get(`${BASE}/studies`)
      .query({ page: '0', size: '1' })
      .reply(200, { pagination: { totalPages: 2 }, data: [1] });
    const second = withKeys()
      .get(`${BASE}/studies`)
      .query({ page: '1', size: '1' })
      .reply(200, { pagination: { totalPages: 2 }, data: [2] });
    const items = await collect(
      iterateItems(paginate(testClient(), { method: 'GET', path: ['studies'] }, { pageSize: 1 })),
    );
    expect(items).toEqual([1, 2]);
    first.done();
    second.done();
  });

  test('CR/LF in a description header is refused before sending', async () => {
    const error = await rejection(
      request(testClient(), {
        method: 'GET',
        path: ['x'],
        headers: { 'x-email-notify': 'a@b\r\nBcc: c' },
      }),
    );
    expect(isInvalidInputError(error)).toBe(true);
  });

  test('only GET and POST', async () => {
    const error = await rejection(
      request(testClient(), { method: 'DELETE' as 'GET', path: ['x'] }),
    );
    expect(isInvalidInputError(error)).toBe(true);
  });
});

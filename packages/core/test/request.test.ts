import { describe, expect, test } from 'vitest';
import { HEADER_API_KEY, HEADER_SECURITY_KEY, isInvalidInputError, request } from '../src/index.ts';
import { API_KEY, api, BASE, rejection, SECURITY_KEY, testClient, useNock } from './helpers.ts';

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
    expect(scope.isDone()).toBe(true);
  });

  test('POST sends JSON body with content type and both auth headers', async () => {
    api()
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
  });

  test('percent-encodes path segments', async () => {
    api().get(`${BASE}/studies/A%20B%2FC%3F/sites`).reply(200, {});
    await request(testClient(), { method: 'GET', path: ['studies', 'A B/C?', 'sites'] });
  });

  test.each(['', '.', '..'])('refuses the segment %j before sending', async (segment) => {
    const error = await rejection(
      request(testClient(), { method: 'GET', path: ['studies', segment] }),
    );
    expect(isInvalidInputError(error)).toBe(true);
  });

  test('empty body resolves undefined', async () => {
    api().get(`${BASE}/studies`).reply(200, '');
    expect(await request(testClient(), { method: 'GET', path: ['studies'] })).toBeUndefined();
  });
});

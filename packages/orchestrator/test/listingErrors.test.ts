import { createClient, isApiError } from '@imednet/core';
import { useNock } from '@imednet/test-support';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { executePipeline, resolveStudies } from '../src/index.ts';

const BASE = 'http://127.0.0.1:9';
const client = createClient({
  apiKey: 'listing-api-key',
  securityKey: 'listing-security-key',
  baseUrl: BASE,
  retries: 0,
});

useNock();

describe('when the studies cannot be listed', () => {
  it('rejects with the API error before running any study, without a secret in it', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies')
      .query(true)
      .reply(401, { metadata: { status: 'ERROR', error: { message: 'Bad credentials' } } });
    let ran = 0;
    const error = await executePipeline(client, () => {
      ran++;
    }).catch((e: unknown) => e);
    expect(isApiError(error, 401)).toBe(true);
    expect(ran).toBe(0);
    expect(String((error as Error).message)).not.toMatch(/listing-(api|security)-key/);
    scope.done();
  });

  it('lists the studies over the wire in API order, on every page', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies')
      .query((q) => q.page === '0')
      .reply(200, {
        metadata: { status: 'OK' },
        pagination: { currentPage: 0, size: 2, totalPages: 2, totalElements: 3 },
        data: [{ studyKey: '2' }, { studyKey: '10' }],
      })
      .get('/api/v1/edc/studies')
      .query((q) => q.page === '1')
      .reply(200, {
        metadata: { status: 'OK' },
        pagination: { currentPage: 1, size: 2, totalPages: 2, totalElements: 3 },
        data: [{ studyKey: '1' }],
      });
    expect(await resolveStudies(client)).toEqual(['2', '10', '1']);
    scope.done();
  });
});

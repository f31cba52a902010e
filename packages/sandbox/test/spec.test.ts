import { describe, expect, test } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { STUDY_LISTS, setup } from './helpers.ts';
import { checkResponse, declaredStatuses, validate } from './specValidator.ts';

async function call(
  sandbox: ReturnType<typeof createSandbox>,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const response = await sandbox.fetch(sandbox.baseUrl + path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  const pathname = new URL(sandbox.baseUrl + path).pathname;
  return {
    status: response.status,
    headers: response.headers,
    body: json,
    problems: checkResponse(method, pathname, response.status, json),
  };
}

describe('the validator itself', () => {
  test('reports a body that does not fit', () => {
    expect(
      checkResponse('GET', '/api/v1/edc/studies/X/sites', 200, { data: [{ siteId: '1' }] }),
    ).toEqual(['$.data[0].siteId: string where integer is expected']);
    expect(checkResponse('GET', '/api/v1/edc/studies', 418, {})).toHaveLength(1);
    expect(validate({ type: 'object', required: ['a'] }, {})).toHaveLength(1);
  });
});

describe('every answer validates against the spec', () => {
  test.each(['', ...STUDY_LISTS.map((l) => `/PHARMADEMO/${l}`)])(
    'GET /studies%s: 200, 400, 401, 403',
    async (suffix) => {
      const { sandbox, headers } = setup({ recordsPerStudy: 60 });
      const path = `/studies${suffix}`;
      const ok = await call(sandbox, 'GET', `${path}?size=500`, headers);
      expect(ok.status).toBe(200);
      expect(ok.body.data.length).toBeGreaterThan(0);
      expect(ok.problems).toEqual([]);
      const sorted = await call(
        sandbox,
        'GET',
        `${path}?size=3&page=1&sort=${suffix.endsWith('users') ? 'login' : 'dateCreated'},DESC`,
        headers,
      );
      expect(sorted.problems).toEqual([]);
      const bad = await call(sandbox, 'GET', `${path}?size=501`, headers);
      expect(bad.status).toBe(400);
      expect(bad.problems).toEqual([]);
      expect(bad.body.metadata.error).toMatchObject({
        code: 1000,
        field: { attribute: 'size', value: '501' },
      });
      const unauthorised = await call(sandbox, 'GET', path, {});
      expect(unauthorised.status).toBe(401);
      expect(unauthorised.problems).toEqual([]);
      if (suffix !== '') {
        const forbidden = await call(
          sandbox,
          'GET',
          path.replace('PHARMADEMO', 'UNKNOWN'),
          headers,
        );
        expect(forbidden.status).toBe(403);
        expect(forbidden.problems).toEqual([]);
      }
    },
  );

  test('records with every filter form and recordDataFilter validate', async () => {
    const { sandbox, headers } = setup({ recordsPerStudy: 200 });
    const q = encodeURIComponent;
    const r = await call(
      sandbox,
      'GET',
      `/studies/PHARMADEMO/records?filter=${q('studyKey==PHARMADEMO;formKey==VS,formKey==AE')}&recordDataFilter=${q('SYSBP>100,AETERM=~a')}&size=50`,
      headers,
    );
    expect(r.status).toBe(200);
    expect(r.body.data.length).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
    const users = await call(
      sandbox,
      'GET',
      '/studies/PHARMADEMO/users?includeInactive=true',
      headers,
    );
    expect(users.problems).toEqual([]);
  });

  test('createRecords and getJobStatus: 202, 200 in every state, 400, 401, 403, 404, 429', async () => {
    let now = Date.UTC(2026, 0, 1);
    const sandbox = createSandbox({ now: () => now, jobDurationMs: 1000, recordsPerStudy: 50 });
    const headers = {
      'x-api-key': sandbox.credentials.apiKey,
      'x-imn-security-key': sandbox.credentials.securityKey,
    };
    const items = [
      { formKey: 'REG', siteName: 'Chicago Hope Hospital', data: { SUBJINIT: 'ABC' } },
    ];
    const accepted = await call(sandbox, 'POST', '/studies/PHARMADEMO/records', headers, items);
    expect(accepted.status).toBe(202);
    expect(accepted.problems).toEqual([]);
    const bad = await call(sandbox, 'POST', '/studies/PHARMADEMO/records', headers, [{ data: {} }]);
    expect(bad.status).toBe(400);
    expect(bad.problems).toEqual([]);
    expect(
      (await call(sandbox, 'POST', '/studies/PHARMADEMO/records', {}, items)).problems,
    ).toEqual([]);
    const forbidden = await call(sandbox, 'POST', '/studies/NOPE/records', headers, items);
    expect(forbidden.status).toBe(403);
    expect(forbidden.problems).toEqual([]);
    const failing = await call(sandbox, 'POST', '/studies/PHARMADEMO/records', headers, [
      { formKey: 'NOPE', subjectKey: '01-001', data: {} },
    ]);
    const states: string[] = [];
    for (const step of [0, 500, 1000]) {
      now = Date.UTC(2026, 0, 1) + step;
      for (const batchId of [accepted.body.batchId, failing.body.batchId]) {
        const job = await call(sandbox, 'GET', `/studies/PHARMADEMO/jobs/${batchId}`, headers);
        expect(job.status).toBe(200);
        expect(job.problems).toEqual([]);
        states.push(job.body.state);
      }
    }
    expect(states).toEqual([
      'created',
      'created',
      'processing',
      'processing',
      'completed',
      'failed',
    ]);
    const missing = await call(sandbox, 'GET', '/studies/PHARMADEMO/jobs/no-such-batch', headers);
    expect(missing.status).toBe(404);
    expect(missing.problems).toEqual([]);
    expect((await call(sandbox, 'GET', `/studies/PHARMADEMO/jobs/x`, {})).problems).toEqual([]);

    const limited = createSandbox({ rateLimit: { requestsPerSecond: 1 }, now: () => now });
    const h = {
      'x-api-key': limited.credentials.apiKey,
      'x-imn-security-key': limited.credentials.securityKey,
    };
    await call(limited, 'POST', '/studies/PHARMADEMO/records', h, items);
    const refused = await call(limited, 'POST', '/studies/PHARMADEMO/records', h, items);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.problems).toEqual([]);
  });

  test('a 500 validates for every operation', async () => {
    const sandbox = createSandbox({ faults: { serverErrorRate: 1 } });
    const statuses = declaredStatuses();
    expect(Object.keys(statuses)).toHaveLength(14);
    for (const [method, path] of [
      ['GET', '/studies'],
      ...STUDY_LISTS.map((l) => ['GET', `/studies/PHARMADEMO/${l}`]),
      ['POST', '/studies/PHARMADEMO/records'],
      ['GET', '/studies/PHARMADEMO/jobs/abc'],
    ] as const) {
      const r = await call(sandbox, method, path, {}, method === 'POST' ? [] : undefined);
      expect(r.status).toBe(500);
      expect(r.problems).toEqual([]);
    }
  });
});

import { request as httpRequest } from 'node:http';
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { listen } from '../src/node/index.ts';
import { all, STUDY_LISTS as LISTS, setup } from './helpers.ts';

describe('auth and routing', () => {
  test('a request without both keys gets 401 with the spec body', async () => {
    const { sandbox, headers } = setup();
    const variants: Record<string, string>[] = [
      {},
      { 'x-api-key': headers['x-api-key'] },
      { ...headers, 'x-imn-security-key': 'wrong' },
    ];
    for (const h of variants) {
      const response = await sandbox.fetch(`${sandbox.baseUrl}/studies`, { headers: h });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.metadata.status).toBe('ERROR');
      expect(body.metadata.error.message).toMatch(/Authentication/);
      expect(JSON.stringify(body)).not.toContain(headers['x-imn-security-key']);
    }
  });

  test('an unknown study key gets 403 on every study path', async () => {
    const { get } = setup();
    for (const list of [...LISTS, 'jobs/abc']) {
      const { status, body } = await get(`/studies/NOPE/${list}`);
      expect(status).toBe(403);
      expect(body.metadata.error.message).toMatch(/forbidden/i);
    }
  });

  test('an unknown path gets 404', async () => {
    const { get } = setup();
    expect((await get('/studies/PHARMADEMO/nothing')).status).toBe(404);
    expect((await get('/elsewhere')).status).toBe(404);
  });

  test('the study keys and credentials are stable under the seed', () => {
    const a = createSandbox({ seed: 7 });
    const b = createSandbox({ seed: 7 });
    const c = createSandbox({ seed: 8 });
    expect(a.studyKeys).toEqual(['PHARMADEMO', 'ONCOLOGY-101', 'CARDIO-202']);
    expect(a.credentials).toEqual(b.credentials);
    expect(a.credentials.apiKey).not.toBe(c.credentials.apiKey);
    expect(a.baseUrl).toBe('http://sandbox.local/api/v1/edc');
  });
});

describe('close', () => {
  test('a closed sandbox answers 503', async () => {
    const { sandbox, get } = setup();
    expect((await get('/studies')).status).toBe(200);
    sandbox.close();
    expect((await get('/studies')).status).toBe(503);
  });
});

describe('every list', () => {
  test.each(LISTS)('%s answers the envelope with exact paging figures', async (list) => {
    const { get, key } = setup({ recordsPerStudy: 60 });
    const first = await get(`/studies/${key}/${list}?size=7`);
    expect(first.status).toBe(200);
    const { metadata, pagination, data } = first.body;
    expect(metadata).toMatchObject({
      status: 'OK',
      method: 'GET',
      path: `/api/v1/edc/studies/${key}/${list}`,
    });
    expect(pagination.currentPage).toBe(0);
    expect(pagination.size).toBe(7);
    expect(pagination.totalPages).toBe(Math.ceil(pagination.totalElements / 7));
    expect(data.length).toBe(Math.min(7, pagination.totalElements));
    const items = await all(get, `/studies/${key}/${list}`, 7);
    expect(items.length).toBe(pagination.totalElements);
  });
});

describe('listen', () => {
  test('answers 500 to a GET whose Host makes no URL a fetch Request accepts', async () => {
    const sandbox = createSandbox();
    const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.url}/studies`, {
          headers: {
            host,
            'x-api-key': sandbox.credentials.apiKey,
            'x-imn-security-key': sandbox.credentials.securityKey,
          },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await statusFor('user:secret@sandbox.local')).toBe(500);
      expect(await statusFor('sandbox.local:99999')).toBe(500);
      expect(await statusFor('sandbox.local')).toBe(200);
    } finally {
      await server.close();
    }
  });

  test('serves the sandbox on 127.0.0.1 with the API path', async () => {
    const sandbox = createSandbox();
    const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/edc$/);
      const response = await fetch(`${server.url}/studies?size=1`, {
        headers: {
          'x-api-key': sandbox.credentials.apiKey,
          'x-imn-security-key': sandbox.credentials.securityKey,
        },
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.pagination.totalElements).toBe(3);
      expect(server.requests()).toBe(1);
      expect(sandbox.requests()).toBe(1);
    } finally {
      await server.close();
    }
  });

  test('keeps connections alive long enough for fetch to reuse them', async () => {
    const sandbox = createSandbox({ recordsPerStudy: 2000 });
    const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
    const headers = {
      'x-api-key': sandbox.credentials.apiKey,
      'x-imn-security-key': sandbox.credentials.securityKey,
    };
    const page = async (p: number) => {
      const url = `${server.url}/studies/${sandbox.studyKeys[0]}/records?size=50&page=${p}`;
      const response = await fetch(url, { headers });
      expect(response.headers.get('keep-alive')).toMatch(/timeout=([3-9]|\d\d+)\b/);
      return (await response.json()).data.length;
    };
    try {
      // One at a time: not one connection per request (20 with `timeout=1`). undici may open
      // a second when the next request starts on the tick the previous body ended.
      for (let p = 0; p < 20; p++) expect(await page(p)).toBe(50);
      expect(server.connections()).toBeLessThanOrEqual(2);
      // Four requests in flight at a time, each starting as another ends (a read-ahead loop):
      // a first run opens a few sockets (up to two per request in flight, for the same
      // reason), a second run of 40 pages finds them all open.
      const run = async () => {
        let next = 0;
        const worker = async () => {
          while (next < 40) expect(await page(next++)).toBe(50);
        };
        await Promise.all([worker(), worker(), worker(), worker()]);
      };
      await run();
      const afterFirst = server.connections();
      expect(afterFirst).toBeLessThanOrEqual(10);
      await run();
      expect(server.requests()).toBe(100);
      expect(server.connections() - afterFirst).toBeLessThanOrEqual(2);
    } finally {
      await server.close();
    }
  });
});

// Secrets: with marked keys and a server that echoes them back in its error bodies and
// headers, no key reaches an error (message, stack, JSON, inspect), a hook state, a trace, a
// log line, a pipeline result or a written file. Path segments and header values built to
// inject are refused before any request.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Client,
  createClient,
  isImednetError,
  request,
  type SpanAttributeValue,
  type TracerLike,
} from '@imednet/core';
import { exportStudy } from '@imednet/export';
import { waitForJob } from '@imednet/jobs';
import { executePipeline, type Logger } from '@imednet/orchestrator';
import { getRecord, listRecords, listSites } from '@imednet/resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EchoServer, startEchoServer } from './helpers/echoServer.ts';
import { API_KEY, leaksIn, renderings, SECURITY_KEY } from './helpers/secrets.ts';

let echo: EchoServer;
const seen: unknown[] = [];

/** A tracer that keeps everything it is given. */
const tracer: TracerLike = {
  startSpan(name, options) {
    seen.push({ span: name, options });
    return {
      setAttribute(key: string, value: SpanAttributeValue) {
        seen.push({ attribute: key, value });
      },
      setStatus(status) {
        seen.push({ status });
      },
      recordException(exception) {
        seen.push({ exception });
      },
      end() {},
    };
  },
};

function makeClient(overrides: Parameters<typeof createClient>[0] = {}): Client {
  const keep = (hook: string) => (state: unknown) => seen.push({ hook, state });
  return createClient({
    apiKey: API_KEY,
    securityKey: SECURITY_KEY,
    baseUrl: echo.url,
    retries: 1,
    retryDelay: 1,
    timeout: 300,
    rateLimit: false,
    tracer,
    hooks: {
      onRequest: keep('onRequest'),
      onResponse: keep('onResponse'),
      onRetry: keep('onRetry'),
      onError: keep('onError'),
      onValidationIssue: keep('onValidationIssue'),
      onPaginationMismatch: keep('onPaginationMismatch'),
    },
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  echo = await startEchoServer();
});
afterAll(async () => {
  await echo?.close();
});

describe('error paths with a server that echoes the keys', () => {
  const cases: [string, (c: Client) => Promise<unknown>, string][] = [
    ['401', (c) => listSites(c, 'S401'), 'UNAUTHORIZED'],
    ['403', (c) => listSites(c, 'S403'), 'FORBIDDEN'],
    ['404', (c) => getRecord(c, 'S404', 1), 'NOT_FOUND'],
    ['429', (c) => listRecords(c, 'S429'), 'RATE_LIMITED'],
    ['500', (c) => listRecords(c, 'S500'), 'SERVER_ERROR'],
    ['network error', (c) => listRecords(c, 'SRESET'), 'NETWORK_ERROR'],
    ['timeout', (c) => listRecords(c, 'SSLOW'), 'TIMEOUT'],
    ['validation error', (c) => listRecords(c, 'SBAD'), 'RESPONSE_VALIDATION'],
    [
      'raw request',
      (c) => request(c, { method: 'POST', path: ['studies', 'S500', 'records'], body: [API_KEY] }),
      'SERVER_ERROR',
    ],
    [
      'job failure',
      (c) => waitForJob(c, 'SJOB', 'B1', { interval: 10, timeout: 2000 }),
      'JOB_FAILED',
    ],
  ];

  it.each(cases)('%s: a typed error, no key anywhere', async (_name, call, code) => {
    seen.length = 0;
    const error = await failure(call(makeClient()));
    expect(isImednetError(error), renderings(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    expect(leaksIn(renderings(error))).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(leaksIn(renderings(seen))).toEqual([]);
  });

  it('a validation error reported through the hook, not thrown, keeps no key', async () => {
    seen.length = 0;
    const items = await listRecords(makeClient(), 'SBAD', undefined, { onInvalid: 'report' });
    expect(items).toHaveLength(1);
    const issues = seen.filter((s) => (s as { hook?: string }).hook === 'onValidationIssue');
    expect(issues.length).toBeGreaterThan(0);
    expect(leaksIn(renderings(issues))).toEqual([]);
  });

  it('a pipeline failure: results, errors and logs keep no key', async () => {
    seen.length = 0;
    const lines: unknown[] = [];
    const logger: Logger = {
      debug: (m, f) => lines.push(['debug', m, f]),
      info: (m, f) => lines.push(['info', m, f]),
      warn: (m, f) => lines.push(['warn', m, f]),
      error: (m, f) => lines.push(['error', m, f]),
    };
    const results = await executePipeline(
      makeClient(),
      async (studyKey, client, ctx) => {
        ctx.logger.info(`listing ${studyKey} with ${String(client)}`, { client });
        return (await listRecords(client, studyKey, undefined, { signal: ctx.signal })).length;
      },
      { logger },
    );
    expect(results.get('SOK')?.outcome).toBe('SUCCESS');
    expect(results.get('S500')?.outcome).toBe('FAILED');
    expect(results.get('S500')?.error).toBeTruthy();
    expect(lines.length).toBeGreaterThan(0);
    expect(leaksIn(renderings([...results]))).toEqual([]);
    expect(leaksIn(renderings(lines))).toEqual([]);
    expect(leaksIn(renderings(seen))).toEqual([]);
  });

  it('the client value itself shows no key', () => {
    const client = makeClient();
    expect(leaksIn(renderings(client))).toEqual([]);
    expect(leaksIn(`${client}`)).toEqual([]);
  });

  it.each(['csv', 'ndjson', 'json', 'sqlite'] as const)(
    'a failed %s export: its error and whatever it wrote hold no key',
    async (format) => {
      const dir = mkdtempSync(join(tmpdir(), 'imednet-secrets-'));
      try {
        for (const study of ['S401', 'S500']) {
          const error = await failure(
            exportStudy(makeClient(), study, { format, out: join(dir, study, `out.${format}`) }),
          );
          expect(isImednetError(error), renderings(error)).toBe(true);
          expect(leaksIn(renderings(error))).toEqual([]);
        }
        for (const file of readdirSync(dir, { recursive: true }) as string[]) {
          const path = join(dir, file);
          if (statSync(path).isFile())
            expect(leaksIn(readFileSync(path, 'latin1')), file).toEqual([]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

// A server that puts the keys into the DATA of a 200 answer: the raw value must be masked
// before it reaches ResponseValidationError.value, the onValidationIssue state (resources) or
// JobFailedError.job (jobs).
describe('hostile 200 answers echoing the keys in their data', () => {
  it('a validation error on an echoed key keeps no key (resources decodeItem)', async () => {
    const error = await failure(listRecords(makeClient(), 'SBADKEY'));
    expect((error as { code: string }).code).toBe('RESPONSE_VALIDATION');
    expect(leaksIn(renderings(error))).toEqual([]);
  });

  it('the onValidationIssue state of an echoed key keeps no key (resources decodeItem)', async () => {
    seen.length = 0;
    await listRecords(makeClient(), 'SBADKEY', undefined, { onInvalid: 'report' });
    const issues = seen.filter((s) => (s as { hook?: string }).hook === 'onValidationIssue');
    expect(issues.length).toBeGreaterThan(0);
    expect(leaksIn(renderings(issues))).toEqual([]);
  });

  it('a failed job whose fields echo the keys keeps no key (jobs JobFailedError)', async () => {
    const error = await failure(
      waitForJob(makeClient(), 'SJOBKEY', 'B1', { interval: 10, timeout: 2000 }),
    );
    expect((error as { code: string }).code).toBe('JOB_FAILED');
    expect(leaksIn(renderings(error))).toEqual([]);
  });
});

describe('values built to inject are refused before any request', () => {
  it.each([
    ['..', (c: Client) => listSites(c, '..')],
    ['.', (c: Client) => listSites(c, '.')],
    ['empty', (c: Client) => listSites(c, '')],
    ['raw path ..', (c: Client) => request(c, { method: 'GET', path: ['studies', '..', 'x'] })],
    [
      'CR/LF in a header',
      (c: Client) =>
        request(c, { method: 'GET', path: ['studies'], headers: { 'x-a': 'a\r\nx-b: c' } }),
    ],
    [
      'CR/LF in a header name',
      (c: Client) =>
        request(c, { method: 'GET', path: ['studies'], headers: { 'x-a\r\nx-b': 'c' } }),
    ],
  ])('%s', async (_name, call) => {
    const before = echo.requests.length;
    const error = await failure(call(makeClient()));
    expect(isImednetError(error), renderings(error)).toBe(true);
    expect((error as { code: string }).code).toBe('INVALID_INPUT');
    expect(echo.requests.length).toBe(before);
  });

  // Each must be refused by core before any request (it once percent-encoded them instead).
  it.each([
    ['../', '../S401'],
    ['%2e%2e', '%2e%2e'],
    ['%2E%2E%2F', '%2E%2E%2F'],
    ['..\\', '..\\S401'],
    ['CR/LF', 'S\r\nx-injected: 1'],
    ['a key passed by mistake, with a slash', `${API_KEY}/x`],
  ])('%s in a study key is refused', async (_name, key) => {
    const before = echo.requests.length;
    const error = await failure(listSites(makeClient({ retries: 0 }), key));
    expect((error as { code: string }).code).toBe('INVALID_INPUT');
    expect(leaksIn(renderings(error))).toEqual([]);
    expect(echo.requests.length).toBe(before);
  });

  it.each([
    ['an API key with CR/LF', { apiKey: `${API_KEY}\r\nx-injected: 1` }],
    ['a security key with LF', { securityKey: `${SECURITY_KEY}\nx-injected: 1` }],
    ['a header value with CR', { headers: { 'x-a': 'a\rb' } }],
    ['a user agent with LF', { userAgent: 'ua\nx-injected: 1' }],
  ])('client options: %s', async (_name, options) => {
    const before = echo.requests.length;
    let error: unknown;
    try {
      await listSites(makeClient(options), 'SOK');
    } catch (e) {
      error = e;
    }
    expect(isImednetError(error), renderings(error)).toBe(true);
    expect(leaksIn(renderings(error))).toEqual([]);
    expect(echo.requests.length).toBe(before);
  });
});

// What a hostile or broken server can do to make the client leak its keys or repeat a POST:
// redirects, keys echoed in headers or JSON-escaped bodies, keys from any auth strategy.
import { inspect } from 'node:util';
import {
  API_KEY,
  api,
  BASE,
  ORIGIN,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';
import nock from 'nock';
import { describe, expect, test } from 'vitest';
import {
  type AuthStrategy,
  type Client,
  createClient,
  isConfigurationError,
  isRedirectError,
  isResponseValidationError,
  redactSecrets,
  request,
  rotatingKeyAuth,
  type TracerLike,
} from '../src/index.ts';

useNock();

const GET = { method: 'GET', path: ['studies'] } as const;
const POST = {
  method: 'POST',
  path: ['studies', 'S1', 'records'],
  body: [{ formKey: 'AE' }],
} as const;
const OTHER = 'https://elsewhere.example';

/** Everything a program may print of an error, its causes included. */
function printed(error: unknown): string {
  const parts = [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)];
  for (let e = error as { cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    parts.push(String(e), String((e as Error).stack));
  }
  return parts.join('\n');
}

/** No 8 characters of a key in a row: a cut or partly masked key is still a leak. */
function expectNoKey(text: string, keys: string[] = [API_KEY, SECURITY_KEY]): void {
  for (const key of keys) {
    for (let i = 0; i + 8 <= key.length; i++) expect(text).not.toContain(key.slice(i, i + 8));
  }
}

describe('redirects are never followed', () => {
  test('a 307 to a POST: one POST sent, a RedirectError', async () => {
    let posts = 0;
    const scope = api()
      .post(`${BASE}/studies/S1/records`)
      .times(30)
      .reply(() => {
        posts++;
        return [307, '', { location: `${ORIGIN}${BASE}/studies/S1/records` }];
      });
    const error = await rejection(request(testClient(), POST));
    expect(isRedirectError(error)).toBe(true);
    expect(error.status).toBe(307);
    expect(error.location).toBe(`${ORIGIN}${BASE}/studies/S1/records`);
    expect(posts).toBe(1);
    // The 29 spare replies stay unused on purpose: only a client that followed the redirect takes them.
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });

  test.each([301, 302, 303, 308])('a %i to another origin: nothing reaches it', async (status) => {
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(status, '', { location: `${OTHER}/steal` });
    const elsewhere = nock(OTHER).get('/steal').reply(200, {});
    const error = await rejection(request(testClient(), GET));
    expect(isRedirectError(error)).toBe(true);
    expect(error.status).toBe(status);
    scope.done();
    // The other origin's interceptor must stay unused: reaching it would be the leak.
    expect(elsewhere.isDone()).toBe(false);
    nock.cleanAll();
  });

  test('a GET redirected to the same origin is not retried either', async () => {
    let gets = 0;
    const scope = api()
      .get(`${BASE}/studies`)
      .times(5)
      .reply(() => {
        gets++;
        return [302, '', { location: `${BASE}/studies` }];
      });
    const error = await rejection(request(testClient(), GET));
    expect(isRedirectError(error)).toBe(true);
    expect(gets).toBe(1);
    // The 4 spare replies stay unused on purpose: only a retried or followed redirect takes them.
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });
});

describe('keys echoed back are masked', () => {
  test('in a request id header copied into the error', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(400, {}, { 'x-request-id': `req-${API_KEY}` });
    const error = await rejection(request(testClient(), GET));
    expect(error.requestId).toBe('req-********');
    expectNoKey(printed(error));
    scope.done();
  });

  test('JSON-escaped in an error body (\\u escapes and \\/)', async () => {
    const slashKey = 'SLASH/KEY/abcdefgh';
    const escaped = [...API_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const body = `{"metadata":{"error":{"message":"bad key ${escaped.join('')}","field":{"attribute":"k","value":"${slashKey.replaceAll('/', '\\/')}"}}}}`;
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(400, body, { 'content-type': 'application/json' });
    const client = testClient({ securityKey: slashKey });
    const error = await rejection(request(client, GET));
    expect(error.serverMessage).toBe('bad key ********');
    expect(error.field.value).toBe('********');
    expectNoKey(printed(error), [API_KEY, slashKey]);
    scope.done();
  });

  test('a 2xx body that is not JSON: neither the value nor the parse error cause shows a key', async () => {
    const scope = api().get(`${BASE}/studies`).reply(200, `${API_KEY} is not JSON`);
    const error = await rejection(request(testClient(), GET));
    expect(isResponseValidationError(error)).toBe(true);
    expect(error.cause).toBeDefined();
    expectNoKey(printed(error));
    scope.done();
  });

  test.each<[string, () => AuthStrategy]>([
    [
      'rotatingKeyAuth',
      () => rotatingKeyAuth(() => ({ apiKey: 'ROTATED-API-1', securityKey: 'ROTATED-SEC-1' })),
    ],
    [
      'a function',
      () => () => ({ 'x-api-key': 'ROTATED-API-1', 'x-imn-security-key': 'ROTATED-SEC-1' }),
    ],
  ])('keys from %s are masked in errors and by redactSecrets', async (_name, auth) => {
    const keys = ['ROTATED-API-1', 'ROTATED-SEC-1'];
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(
        403,
        { metadata: { error: { message: `denied for ${keys.join(' ')}` } } },
        {
          'x-request-id': keys[1]!,
        },
      );
    const client: Client = createClient({ auth: auth(), baseUrl: ORIGIN, retries: 0, env: {} });
    const error = await rejection(request(client, GET));
    expect(error.status).toBe(403);
    expectNoKey(printed(error), keys);
    expect(redactSecrets(client, `a ${keys[0]} b ${keys[1]}`)).toBe('a ******** b ********');
    scope.done();
  });
});

describe('keys that cannot travel in a header', () => {
  test.each([
    ['non-Latin-1', 'key-\u20ac-euro'],
    ['DEL', 'key\u007f'],
    ['a control character', 'key\u0001x'],
    ['a C1 control character', 'key\u0085x'],
  ])('%s: a ConfigurationError at createClient, naming the key, not its value', (_n, bad) => {
    for (const options of [
      { apiKey: bad, securityKey: 'ok' },
      { apiKey: 'ok', securityKey: bad },
    ]) {
      let error: unknown;
      try {
        createClient({ ...options, env: {} });
      } catch (e) {
        error = e;
      }
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).not.toContain(bad);
    }
  });

  test('a Latin-1 key is accepted', () => {
    expect(() => createClient({ apiKey: 'cl\u00e9', securityKey: 's', env: {} })).not.toThrow();
  });
});

describe('broken observers and strategies', () => {
  const throwing = (where: 'startSpan' | 'setAttribute' | 'setStatus' | 'end'): TracerLike => ({
    startSpan() {
      if (where === 'startSpan') throw new Error('tracer down');
      const fail = (name: string) => () => {
        if (name === where) throw new Error('tracer down');
      };
      return { setAttribute: fail('setAttribute'), setStatus: fail('setStatus'), end: fail('end') };
    },
  });

  test.each(['startSpan', 'setAttribute', 'setStatus', 'end'] as const)(
    'a tracer throwing in %s changes nothing',
    async (where) => {
      const ok = api().get(`${BASE}/studies`).reply(200, { ok: 1 });
      expect(await request(testClient({ tracer: throwing(where) }), GET)).toEqual({ ok: 1 });
      ok.done();
      const notFound = api().get(`${BASE}/studies`).reply(404);
      const error = await rejection(request(testClient({ tracer: throwing(where) }), GET));
      expect(error.status).toBe(404);
      notFound.done();
    },
  );

  test.each([undefined, null, 'x-api-key: k', ['x']])(
    'an auth strategy returning %j: a ConfigurationError, nothing sent, no retry',
    async (returned) => {
      let calls = 0;
      const client = createClient({
        auth: () => {
          calls++;
          return returned as never;
        },
        baseUrl: ORIGIN,
        retryDelay: 1,
        env: {},
      });
      const error = await rejection(request(client, GET));
      expect(isConfigurationError(error)).toBe(true);
      expect(error.message).toContain('auth');
      expect(calls).toBe(1);
    },
  );
});

import { inspect } from 'node:util';
import {
  API_KEY,
  api,
  BASE,
  ORIGIN,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import {
  createClient,
  createRateLimiter,
  DEFAULT_BASE_URL,
  isConfigurationError,
  loadConfig,
  type RateLimiter,
  redactSecrets,
  request,
  withOptions,
} from '../src/index.ts';

useNock();

function configError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return error as Error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('createClient', () => {
  test('defaults: production base URL with the API path, frozen value', () => {
    const client = createClient({ apiKey: 'a', securityKey: 'b', env: {} });
    expect(client.baseUrl).toBe(`${DEFAULT_BASE_URL}/api/v1/edc`);
    expect(client.timeout).toBe(30000);
    expect(client.retries).toBe(3);
    expect(client.retryDelay).toBe(1000);
    expect(Object.isFrozen(client)).toBe(true);
    expect(() => {
      (client as { timeout: number }).timeout = 1;
    }).toThrow();
  });

  test.each([
    ['https://h.example', 'https://h.example/api/v1/edc'],
    ['https://h.example/', 'https://h.example/api/v1/edc'],
    ['https://h.example/api/v1/edc/', 'https://h.example/api/v1/edc'],
    ['https://h.example/custom//', 'https://h.example/custom'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/api/v1/edc'],
    ['http://localhost:8080/', 'http://localhost:8080/api/v1/edc'],
  ])('base URL %s becomes %s', (baseUrl, expected) => {
    expect(testClient({ baseUrl }).baseUrl).toBe(expected);
  });

  test("apiPath '' serves the spec at the root; a custom apiPath is appended", () => {
    expect(testClient({ baseUrl: 'http://127.0.0.1:4010', apiPath: '' }).baseUrl).toBe(
      'http://127.0.0.1:4010',
    );
    expect(testClient({ baseUrl: 'https://h.example', apiPath: 'v2/' }).baseUrl).toBe(
      'https://h.example/v2',
    );
  });

  test('http:// is refused for non-loopback hosts unless allowInsecure', () => {
    const error = configError(() => testClient({ baseUrl: 'http://sandbox.local/api/v1/edc' }));
    expect(error.message).toContain('allowInsecure');
    const client = testClient({ baseUrl: 'http://sandbox.local/api/v1/edc', allowInsecure: true });
    expect(client.baseUrl).toBe('http://sandbox.local/api/v1/edc');
  });

  test('refuses credentials in the URL without echoing them, and bad URLs', () => {
    const error = configError(() => testClient({ baseUrl: 'https://user:PASSWORD-XYZ@h.example' }));
    expect(error.message).not.toContain('PASSWORD-XYZ');
    configError(() => testClient({ baseUrl: 'not a url' }));
    configError(() => testClient({ baseUrl: 'ftp://h.example' }));
    configError(() => testClient({ baseUrl: 'https://h.example/?q=1' }));
  });

  test('reads keys and base URL from env, trimmed', async () => {
    const client = createClient({
      env: {
        IMEDNET_API_KEY: `  ${API_KEY} `,
        IMEDNET_SECURITY_KEY: `${SECURITY_KEY}\n`,
        IMEDNET_BASE_URL: ORIGIN,
      },
    });
    expect(client.baseUrl).toBe(`${ORIGIN}${BASE}`);
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('x-api-key', API_KEY)
      .matchHeader('x-imn-security-key', SECURITY_KEY)
      .reply(200, {});
    await request(client, { method: 'GET', path: ['studies'] });
    scope.done();
  });

  test('reads process.env when no env is given, and works where process is absent', () => {
    const saved = { ...process.env };
    process.env.IMEDNET_API_KEY = 'from-process';
    process.env.IMEDNET_SECURITY_KEY = 'from-process-2';
    try {
      expect(createClient().baseUrl).toContain('/api/v1/edc');
    } finally {
      process.env = saved;
    }
    const proc = globalThis.process;
    try {
      // Simulate an edge runtime: no `process` global at all.
      Reflect.deleteProperty(globalThis, 'process');
      const error = configError(() => createClient());
      expect(error.message).toContain('apiKey');
    } finally {
      globalThis.process = proc;
    }
  });

  test('missing keys: the error names each missing one', () => {
    const both = configError(() => createClient({ env: {} }));
    expect(both.message).toContain('apiKey');
    expect(both.message).toContain('securityKey');
    const one = configError(() =>
      createClient({ apiKey: 'x', env: { IMEDNET_SECURITY_KEY: ' ' } }),
    );
    expect(one.message).toContain('securityKey');
    expect(one.message).not.toContain('apiKey');
  });

  test('refuses out-of-range options and header values with CR/LF', () => {
    configError(() => testClient({ timeout: 0 }));
    configError(() => testClient({ timeout: 2 ** 31 }));
    configError(() => testClient({ retries: -1 }));
    configError(() => testClient({ retries: 1.5 }));
    configError(() => testClient({ retryDelay: Number.NaN }));
    configError(() => testClient({ headers: { 'x-a': 'a\r\nx-b: b' } }));
    configError(() => testClient({ userAgent: 'ua\n' }));
    configError(() => testClient({ apiKey: 'a\nb' }));
    configError(() => testClient({ auth: () => ({}) }));
  });

  test('sends extra headers and the user agent', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('x-trace', 'abc')
      .matchHeader('user-agent', 'my-app/1.0')
      .reply(200, {});
    await request(testClient({ headers: { 'X-Trace': 'abc' }, userAgent: 'my-app/1.0' }), {
      method: 'GET',
      path: ['studies'],
    });
    scope.done();
  });

  test('uses an injected fetch', async () => {
    const seen: string[] = [];
    const client = testClient({
      fetch: async (input, init) => {
        // A URL string and init, or a Request: both are valid fetch calls.
        const req = new Request(input, init);
        seen.push(`${req.method} ${req.url} ${req.headers.get('x-api-key')}`);
        return new Response('{"ok":true}', { status: 200 });
      },
    });
    expect(await request(client, { method: 'GET', path: ['studies'] })).toEqual({ ok: true });
    expect(seen).toEqual([`GET ${ORIGIN}${BASE}/studies ${API_KEY}`]);
  });
});

describe('secrets never show', () => {
  test('JSON.stringify, util.inspect and String mask the keys', () => {
    const client = testClient({ headers: { authorization: 'Bearer SECRET-TOKEN-789' } });
    for (const text of [
      JSON.stringify(client),
      inspect(client),
      inspect(client, { showHidden: true, depth: 10 }),
      String(client),
      `${client}`,
    ]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECURITY_KEY);
      expect(text).not.toContain('SECRET-TOKEN-789');
    }
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      apiKey: '********',
      securityKey: '********',
      baseUrl: `${ORIGIN}${BASE}`,
    });
  });

  test('redactSecrets masks both keys in any text', () => {
    const client = testClient();
    const text = redactSecrets(client, `key=${API_KEY}&sec=${SECURITY_KEY}`);
    expect(text).toBe('key=********&sec=********');
  });
});

describe('withOptions', () => {
  test('returns a new client and leaves the original unchanged', async () => {
    const client = testClient({ timeout: 1000 });
    const derived = withOptions(client, { timeout: 5000, retries: 0 });
    expect(derived).not.toBe(client);
    expect(derived.timeout).toBe(5000);
    expect(derived.retries).toBe(0);
    expect(client.timeout).toBe(1000);
    expect(derived.baseUrl).toBe(client.baseUrl);
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('x-api-key', API_KEY)
      .matchHeader('x-imn-security-key', SECURITY_KEY)
      .reply(200, {});
    await request(derived, { method: 'GET', path: ['studies'] });
    scope.done();
  });

  test('changing one key keeps the other; switching to auth drops the keys', async () => {
    const client = testClient();
    const rotated = withOptions(client, { apiKey: 'NEW-KEY' });
    const keyed = api()
      .get(`${BASE}/a`)
      .matchHeader('x-api-key', 'NEW-KEY')
      .matchHeader('x-imn-security-key', SECURITY_KEY)
      .reply(200, {});
    await request(rotated, { method: 'GET', path: ['a'] });
    keyed.done();
    const bearer = withOptions(client, { auth: () => ({ authorization: 'Bearer T' }) });
    const bearerScope = api()
      .get(`${BASE}/b`)
      .matchHeader('authorization', 'Bearer T')
      .matchHeader('x-api-key', (v) => v === undefined)
      .reply(200, {});
    await request(bearer, { method: 'GET', path: ['b'] });
    bearerScope.done();
  });

  test('shares the rate limiter unless rateLimit is set', () => {
    const limiter = createRateLimiter({ requestsPerSecond: 5, burst: 2 });
    const client = testClient({ rateLimit: limiter });
    expect(client.rateLimiter).toBe(limiter);
    expect(withOptions(client, { timeout: 10 }).rateLimiter).toBe(limiter);
    const own = withOptions(client, { rateLimit: createRateLimiter({ requestsPerSecond: 1 }) });
    expect(own.rateLimiter).not.toBe(client.rateLimiter);
    expect(own.rateLimiter?.requestsPerSecond).toBe(1);
    expect(withOptions(client, { rateLimit: false }).rateLimiter).toBeNull();
    expect(testClient().rateLimiter).toBeNull();
  });

  test('rateLimit given as plain options says to use createRateLimiter', () => {
    const options = { requestsPerSecond: 5 } as unknown as RateLimiter;
    let error: unknown;
    try {
      testClient({ rateLimit: options });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toContain('createRateLimiter');
  });
});

describe('loadConfig', () => {
  test('trims values, prefers overrides, defaults the base URL', () => {
    const config = loadConfig(
      { apiKey: ` ${API_KEY} ` },
      { IMEDNET_API_KEY: 'ignored', IMEDNET_SECURITY_KEY: ` ${SECURITY_KEY}\t` },
    );
    expect(config.apiKey).toBe(API_KEY);
    expect(config.securityKey).toBe(SECURITY_KEY);
    expect(config.baseUrl).toBe(DEFAULT_BASE_URL);
  });

  test('names what is missing, blank counting as missing', () => {
    const error = configError(() => loadConfig({}, { IMEDNET_API_KEY: '   ' }));
    expect(error.message).toContain('IMEDNET_API_KEY');
    expect(error.message).toContain('IMEDNET_SECURITY_KEY');
    const one = configError(() => loadConfig({ securityKey: 's' }, {}));
    expect(one.message).toContain('IMEDNET_API_KEY');
    expect(one.message).not.toContain('IMEDNET_SECURITY_KEY');
  });

  test('a config never prints its keys, and feeds createClient', async () => {
    const config = loadConfig({ apiKey: API_KEY, securityKey: SECURITY_KEY, baseUrl: ORIGIN }, {});
    for (const text of [JSON.stringify(config), inspect(config), String(config)]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECURITY_KEY);
    }
    const client = createClient({ ...config, env: {} });
    const scope = api().get(`${BASE}/studies`).matchHeader('x-api-key', API_KEY).reply(200, {});
    await request(client, { method: 'GET', path: ['studies'] });
    scope.done();
  });
});

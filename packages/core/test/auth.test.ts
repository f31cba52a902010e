import { api, BASE, ORIGIN, rejection, useNock } from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import {
  type AuthStrategy,
  bearerTokenAuth,
  createClient,
  isConfigurationError,
  keyAuth,
  request,
  rotatingKeyAuth,
} from '../src/index.ts';

useNock();

const GET = { method: 'GET', path: ['studies'] } as const;

function clientWith(auth: AuthStrategy, retries = 0) {
  return createClient({ auth, baseUrl: ORIGIN, retryDelay: 1, retries, env: {} });
}

describe('auth strategies', () => {
  test('keyAuth sends both headers', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('x-api-key', 'K1')
      .matchHeader('x-imn-security-key', 'S1')
      .reply(200, {});
    await request(clientWith(keyAuth({ apiKey: ' K1 ', securityKey: 'S1' })), GET);
    scope.done();
  });

  test('keyAuth refuses an empty key', () => {
    expect(() => keyAuth({ apiKey: '', securityKey: 'x' })).toThrow(/apiKey/);
  });

  test('bearerTokenAuth asks for the token on every attempt', async () => {
    let n = 0;
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('authorization', 'Bearer token-1')
      .reply(503)
      .get(`${BASE}/studies`)
      .matchHeader('authorization', 'Bearer token-2')
      .reply(200, { ok: true });
    const client = clientWith(
      bearerTokenAuth(async () => `token-${++n}`),
      1,
    );
    expect(await request(client, GET)).toEqual({ ok: true });
    expect(n).toBe(2);
    scope.done();
  });

  test('rotatingKeyAuth yields fresh keys per attempt, and is told the call', async () => {
    const calls: string[] = [];
    const scope = api()
      .get(`${BASE}/studies`)
      .matchHeader('x-api-key', 'key-1')
      .reply(503)
      .get(`${BASE}/studies`)
      .matchHeader('x-api-key', 'key-2')
      .matchHeader('x-imn-security-key', 'sec-2')
      .reply(200, {});
    const client = clientWith(
      rotatingKeyAuth((ctx) => {
        calls.push(`${ctx.method} ${ctx.url}`);
        return { apiKey: `key-${calls.length}`, securityKey: `sec-${calls.length}` };
      }),
      1,
    );
    await request(client, GET);
    expect(calls).toEqual([`GET ${ORIGIN}${BASE}/studies`, `GET ${ORIGIN}${BASE}/studies`]);
    scope.done();
  });

  test('rotatingKeyAuth with an empty key fails at request time', async () => {
    const client = clientWith(rotatingKeyAuth(() => ({ apiKey: ' ', securityKey: 'x' })));
    expect(isConfigurationError(await rejection(request(client, GET)))).toBe(true);
  });

  test('a strategy yielding a header with CR/LF is refused before sending', async () => {
    const client = clientWith(() => ({ authorization: 'Bearer a\r\nx-evil: 1' }));
    const error = await rejection(request(client, GET));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).not.toContain('x-evil');
  });

  test('keys and auth together are refused', () => {
    expect(() =>
      createClient({
        apiKey: 'a',
        securityKey: 'b',
        auth: keyAuth({ apiKey: 'a', securityKey: 'b' }),
        env: {},
      }),
    ).toThrow(/either/);
  });
});

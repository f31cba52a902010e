import { afterEach, describe, expect, test, vi } from 'vitest';
import { isTimeoutError, type RequestDescription, request } from '../src/index.ts';
import { ORIGIN, rejection, testClient } from './helpers.ts';

const GET: RequestDescription = { method: 'GET', path: ['studies'], query: { page: 0 } };

describe('the transport is ky', () => {
  test('every attempt reaches fetch with the headers and options ky built', async () => {
    const seen: [unknown, RequestInit | undefined][] = [];
    const client = testClient({
      fetch: async (input, init) => {
        seen.push([input, init]);
        return new Response('{"ok":true}');
      },
    });
    expect(await request(client, GET)).toEqual({ ok: true });
    const [[url, init]] = seen as [[string, RequestInit]];
    expect(url).toBe(`${ORIGIN}/api/v1/edc/studies?page=0`);
    expect(init.headers).toBeInstanceOf(Headers);
    expect((init.headers as Headers).get('x-api-key')).toBe('SECRET-API-KEY-123');
    expect((init.headers as Headers).get('accept')).toBe('application/json');
    // ky's signal (the caller's, joined with ky's own for the timeout) and redirect option:
    // a 3xx comes back as an answer, never followed by fetch.
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.redirect).toBe('manual');
  });
});

describe('the timeout is per attempt', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fetch that answers after `ms` (fake timers): 503 until the last attempt, then 200. */
  function slowFetch(ms: number, failures: number) {
    let calls = 0;
    const fetch = (_input: Request | string | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const n = calls++;
        const timer = setTimeout(
          () =>
            resolve(
              new Response(n < failures ? 'busy' : '{"ok":1}', {
                status: n < failures ? 503 : 200,
              }),
            ),
          ms,
        );
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      });
    return { fetch, calls: () => calls };
  }

  test('three attempts of 60 ms each succeed under a 100 ms timeout (180 ms in all)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const wire = slowFetch(60, 2);
    const client = testClient({ timeout: 100, retryDelay: 0, fetch: wire.fetch });
    const pending = request(client, GET);
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toEqual({ ok: 1 });
    expect(wire.calls()).toBe(3);
  });

  test('one attempt of 150 ms under a 100 ms timeout is a TimeoutError', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const wire = slowFetch(150, 0);
    const client = testClient({ timeout: 100, retries: 0, fetch: wire.fetch });
    const pending = rejection(request(client, GET));
    await vi.advanceTimersByTimeAsync(500);
    const error = await pending;
    expect(isTimeoutError(error)).toBe(true);
    expect(error.timeout).toBe(100);
  });
});

import { api, BASE, rejection, testClient, useNock } from '@imednet/test-support';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  type ClientOptions,
  defaultRetryPolicy,
  isAmbiguousWriteError,
  isNetworkError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  NetworkError,
  RateLimitError,
  type RequestDescription,
  type RetryState,
  request,
  ServerError,
} from '../src/index.ts';

useNock();

const GET: RequestDescription = { method: 'GET', path: ['studies'] };
const POST: RequestDescription = { method: 'POST', path: ['studies', 'S1', 'records'], body: [] };

/** Runs a request and returns its error together with how many attempts reached the wire. */
async function attempts(
  description: RequestDescription,
  options: ClientOptions,
): Promise<{ error: unknown; result: unknown; count: number }> {
  let count = 0;
  const client = testClient({
    ...options,
    hooks: { ...options.hooks, onRequest: () => count++ },
  });
  try {
    const result = await request(client, description);
    return { error: undefined, result, count };
  } catch (error) {
    return { error, result: undefined, count };
  }
}

describe('the retry table (retries: 3)', () => {
  test('GET 503 is retried: 4 attempts, then ServerError', async () => {
    const scope = api().get(`${BASE}/studies`).times(4).reply(503, 'unavailable');
    const { error, count } = await attempts(GET, {});
    expect(isServerError(error)).toBe(true);
    expect(count).toBe(4);
    scope.done();
  });

  test('GET 503 then 200 succeeds on the second attempt', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(503)
      .get(`${BASE}/studies`)
      .reply(200, { ok: 1 });
    const { result, count } = await attempts(GET, {});
    expect(result).toEqual({ ok: 1 });
    expect(count).toBe(2);
    scope.done();
  });

  test('POST 503 is not retried: 1 attempt', async () => {
    const scope = api().post(`${BASE}/studies/S1/records`).reply(503);
    const { error, count } = await attempts(POST, {});
    expect(isServerError(error)).toBe(true);
    expect(count).toBe(1);
    scope.done();
  });

  test('POST 500 is not retried either', async () => {
    const scope = api().post(`${BASE}/studies/S1/records`).reply(500);
    const { count } = await attempts(POST, {});
    expect(count).toBe(1);
    scope.done();
  });

  test('POST 429 is retried (refused before processing)', async () => {
    const scope = api()
      .post(`${BASE}/studies/S1/records`)
      .reply(429)
      .post(`${BASE}/studies/S1/records`)
      .reply(202, { batchId: 'b' });
    const { result, count } = await attempts(POST, {});
    expect(result).toEqual({ batchId: 'b' });
    expect(count).toBe(2);
    scope.done();
  });

  test('POST 429 four times: 4 attempts then RateLimitError', async () => {
    const scope = api().post(`${BASE}/studies/S1/records`).times(4).reply(429);
    const { error, count } = await attempts(POST, {});
    expect(isRateLimitError(error)).toBe(true);
    expect(count).toBe(4);
    scope.done();
  });

  test('network error on GET is retried: 4 attempts then NetworkError', async () => {
    const scope = api().get(`${BASE}/studies`).times(4).replyWithError(new Error('socket hang up'));
    const { error, count } = await attempts(GET, {});
    expect(isNetworkError(error)).toBe(true);
    expect(count).toBe(4);
    scope.done();
  });

  test('network error on POST is not retried, and says the POST may have been applied', async () => {
    const scope = api()
      .post(`${BASE}/studies/S1/records`)
      .replyWithError(new Error('socket hang up'));
    const { error, count } = await attempts(POST, {});
    expect(isAmbiguousWriteError(error)).toBe(true);
    expect(isNetworkError((error as Error).cause)).toBe(true);
    expect(count).toBe(1);
    scope.done();
  });

  test.each(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', undefined])(
    'a POST whose connection is lost (%s) is an AmbiguousWriteError, even under a policy that retries everything',
    async (code) => {
      const cause = Object.assign(new Error('read failed'), code ? { code } : {});
      const scope = api().post(`${BASE}/studies/S1/records`).replyWithError(cause);
      const { error, count } = await attempts(POST, { retryPolicy: { shouldRetry: () => true } });
      expect(isAmbiguousWriteError(error)).toBe(true);
      expect(isNetworkError(error)).toBe(false);
      expect(error).toMatchObject({ code: 'AMBIGUOUS_WRITE', method: 'POST' });
      expect((error as Error).message).toMatch(/may have been applied.*never retried/s);
      expect(count).toBe(1);
      scope.done();
    },
  );

  test('a POST whose 202 body is cut off is an AmbiguousWriteError', async () => {
    const client = testClient({
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"batchId":'));
              controller.error(new TypeError('terminated'));
            },
          }),
          { status: 202 },
        ),
    });
    expect(isAmbiguousWriteError(await rejection(request(client, POST)))).toBe(true);
  });

  test.each(['ECONNREFUSED', 'ENOTFOUND'])(
    'a POST that never connected (%s) stays a plain NetworkError',
    async (code) => {
      const cause = Object.assign(new Error('connect failed'), { code });
      const scope = api().post(`${BASE}/studies/S1/records`).replyWithError(cause);
      const { error, count } = await attempts(POST, {});
      expect(isNetworkError(error)).toBe(true);
      expect(isAmbiguousWriteError(error)).toBe(false);
      expect(count).toBe(1);
      scope.done();
    },
  );

  test.each([400, 401, 403, 404, 409])('GET %i is not retried', async (status) => {
    const scope = api().get(`${BASE}/studies`).reply(status);
    const { count } = await attempts(GET, {});
    expect(count).toBe(1);
    scope.done();
  });

  test('retries: 0 means one attempt; retries: 1 means two', async () => {
    const once = api().get(`${BASE}/studies`).reply(503);
    expect((await attempts(GET, { retries: 0 })).count).toBe(1);
    once.done();
    const twice = api().get(`${BASE}/studies`).times(2).reply(503);
    expect((await attempts(GET, { retries: 1 })).count).toBe(2);
    twice.done();
  });

  test('a custom policy gets attemptNumber, error, response and method', async () => {
    const states: RetryState[] = [];
    const scope = api().get(`${BASE}/studies`).times(3).reply(418);
    const { count } = await attempts(GET, {
      retryPolicy: {
        shouldRetry: (s) => {
          states.push(s);
          return s.attemptNumber < 3;
        },
      },
    });
    expect(count).toBe(3);
    expect(states.map((s) => s.attemptNumber)).toEqual([1, 2, 3]);
    expect(states[0]?.method).toBe('GET');
    expect(states[0]?.response?.status).toBe(418);
    scope.done();
  });

  test('defaultRetryPolicy treats unknown methods as not idempotent', () => {
    const error = { ...new Error('x') };
    expect(
      defaultRetryPolicy.shouldRetry({
        attemptNumber: 1,
        error,
        response: undefined,
        method: 'PATCH',
      }),
    ).toBe(false);
  });

  test('defaultRetryPolicy treats a state without a method as not idempotent, without throwing', () => {
    const state = (error: unknown) =>
      ({ attemptNumber: 1, error, response: undefined }) as unknown as RetryState;
    const network = new NetworkError({ method: 'GET', url: 'https://x.test/a' });
    const server = new ServerError({ status: 503, method: 'GET', url: 'https://x.test/a' });
    const limited = new RateLimitError({ status: 429, method: 'GET', url: 'https://x.test/a' });
    expect(defaultRetryPolicy.shouldRetry(state(network))).toBe(false);
    expect(defaultRetryPolicy.shouldRetry(state(server))).toBe(false);
    expect(defaultRetryPolicy.shouldRetry(state(limited))).toBe(true);
    expect(defaultRetryPolicy.shouldRetry({ ...state(network), method: 'get' })).toBe(true);
    expect(defaultRetryPolicy.shouldRetry({ ...state(network), method: 'POST' })).toBe(false);
  });
});

describe('Retry-After', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function delayOf(retryAfter: string): Promise<{ delay: number; count: number }> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(429, '', { 'Retry-After': retryAfter })
      .get(`${BASE}/studies`)
      .reply(200, { ok: true });
    let delay = -1;
    let retried!: () => void;
    const onRetry = new Promise<void>((r) => {
      retried = r;
    });
    let count = 0;
    const client = testClient({
      hooks: {
        onRequest: () => count++,
        onRetry: (s) => {
          delay = s.delayMs;
          retried();
        },
      },
    });
    const pending = request(client, GET);
    await onRetry;
    expect(count).toBe(1);
    await vi.advanceTimersByTimeAsync(delay);
    expect(await pending).toEqual({ ok: true });
    scope.done();
    return { delay, count };
  }

  test('seconds form wins over backoff', async () => {
    const { delay, count } = await delayOf('3');
    expect(delay).toBe(3000);
    expect(count).toBe(2);
  });

  test('HTTP-date form', async () => {
    const { delay } = await delayOf('Thu, 01 Jan 2026 00:00:05 GMT');
    expect(delay).toBe(5000);
  });

  test('above maxRetryAfter: fail at once with RateLimitError carrying retryAfter', async () => {
    const scope = api().get(`${BASE}/studies`).reply(429, '', { 'Retry-After': '120' });
    const { error, count } = await attempts(GET, {});
    expect(count).toBe(1);
    expect(isRateLimitError(error)).toBe(true);
    expect((error as { retryAfter: number }).retryAfter).toBe(120_000);
    scope.done();
  });

  test('maxRetryAfter is configurable', async () => {
    const scope = api().get(`${BASE}/studies`).reply(429, '', { 'Retry-After': '2' });
    const { count, error } = await attempts(GET, { maxRetryAfter: 1000 });
    expect(count).toBe(1);
    expect((error as { retryAfter: number }).retryAfter).toBe(2000);
    scope.done();
  });
});

/** A fetch that answers only when aborted, leaving no timer behind. */
function hangingFetch(started?: () => void) {
  return (input: Request | string | URL, init?: RequestInit): Promise<Response> =>
    new Promise((_, reject) => {
      const signal = (input instanceof Request ? input.signal : undefined) ?? init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      started?.();
    });
}

describe('timeout', () => {
  test('an attempt over the timeout is a TimeoutError, retried for GET', async () => {
    let count = 0;
    const client = testClient({ timeout: 20, retries: 1, fetch: hangingFetch(() => count++) });
    const error = await rejection(request(client, GET));
    expect(isTimeoutError(error)).toBe(true);
    expect(error.timeout).toBe(20);
    expect(count).toBe(2);
  });

  test('a POST that times out is not sent again', async () => {
    let count = 0;
    const client = testClient({ timeout: 20, fetch: hangingFetch(() => count++) });
    const error = await rejection(request(client, POST));
    expect(isAmbiguousWriteError(error)).toBe(true);
    expect(isTimeoutError(error.cause)).toBe(true);
    expect(count).toBe(1);
  });

  test('the timeout also covers reading a slow body (nock)', async () => {
    const scope = api().get(`${BASE}/studies`).delayBody(2000).reply(200, {});
    const client = testClient({ timeout: 30, retries: 0 });
    const error = await rejection(request(client, GET));
    expect(isTimeoutError(error)).toBe(true);
    scope.done();
  });
});

describe('abort', () => {
  test('during a request: rejects with the signal reason, no retry', async () => {
    const controller = new AbortController();
    let count = 0;
    const client = testClient({
      fetch: hangingFetch(() => {
        count++;
        controller.abort(new Error('user cancelled'));
      }),
    });
    const error = await rejection(request(client, GET, { signal: controller.signal }));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('user cancelled');
    expect(count).toBe(1);
  });

  test('during a request without a reason: an AbortError', async () => {
    const controller = new AbortController();
    const client = testClient({ fetch: hangingFetch(() => controller.abort()) });
    const error = await rejection(request(client, GET, { signal: controller.signal }));
    expect(error.name).toBe('AbortError');
  });

  test('during a backoff wait: rejects at once, no further attempt', async () => {
    const scope = api().get(`${BASE}/studies`).reply(503, '', { 'Retry-After': '50' });
    const controller = new AbortController();
    let count = 0;
    const client = testClient({
      hooks: {
        onRequest: () => count++,
        onRetry: () => queueMicrotask(() => controller.abort(new Error('stop waiting'))),
      },
    });
    // Retry-After 50 s is below maxRetryAfter, so without the abort this would wait 50 s.
    const error = await rejection(request(client, GET, { signal: controller.signal }));
    expect(error.message).toBe('stop waiting');
    expect(count).toBe(1);
    scope.done();
  });

  test('an already aborted signal sends nothing', async () => {
    let count = 0;
    const client = testClient({ fetch: hangingFetch(() => count++) });
    const error = await rejection(
      request(client, GET, { signal: AbortSignal.abort(new Error('early')) }),
    );
    expect(error.message).toBe('early');
    expect(count).toBe(0);
  });
});

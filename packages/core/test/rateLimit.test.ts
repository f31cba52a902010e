import { api, BASE, rejection, testClient, useNock } from '@imednet/test-support';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createRateLimiter, isConfigurationError, request, withOptions } from '../src/index.ts';

useNock();

afterEach(() => {
  vi.useRealTimers();
});

/** Starts `acquire` calls and reports which ones resolved so far. */
function track(promises: Promise<void>[]): boolean[] {
  const done = promises.map(() => false);
  promises.forEach((p, i) => {
    p.then(
      () => {
        done[i] = true;
      },
      () => {},
    );
  });
  return done;
}

describe('createRateLimiter (token bucket)', () => {
  test('burst passes at once, the rest waits for refill', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const limiter = createRateLimiter({ requestsPerSecond: 2, burst: 2 });
    const done = track([
      limiter.acquire(),
      limiter.acquire(),
      limiter.acquire(),
      limiter.acquire(),
    ]);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([true, true, false, false]);
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toEqual([true, true, true, false]);
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toEqual([true, true, true, true]);
  });

  test('an aborted wait rejects at once and gives its token back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const limiter = createRateLimiter({ requestsPerSecond: 1, burst: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('cancelled'));
    expect((await rejection(waiting)).message).toBe('cancelled');
    // The aborted reservation was returned: after one second exactly one token is there.
    await vi.advanceTimersByTimeAsync(1000);
    const done = track([limiter.acquire(), limiter.acquire()]);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual([true, true]);
  });

  test('refuses a bad rate or burst', () => {
    expect(
      isConfigurationError(rejectSync(() => createRateLimiter({ requestsPerSecond: 0 }))),
    ).toBe(true);
    expect(
      isConfigurationError(rejectSync(() => createRateLimiter({ requestsPerSecond: 1, burst: 0 }))),
    ).toBe(true);
  });

  test('a client and its derived clients draw from one bucket', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const scope = api().get(`${BASE}/a`).times(2).reply(200, {});
    let sent = 0;
    const client = testClient({
      rateLimit: createRateLimiter({ requestsPerSecond: 1, burst: 1 }),
      hooks: { onRequest: () => sent++ },
    });
    const derived = withOptions(client, { timeout: 5000 });
    const both = Promise.all([
      request(client, { method: 'GET', path: ['a'] }),
      request(derived, { method: 'GET', path: ['a'] }),
    ]);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toBe(2);
    vi.useRealTimers();
    await both;
    scope.done();
  });
});

function rejectSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

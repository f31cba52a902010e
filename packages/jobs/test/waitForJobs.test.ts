import { isInvalidInputError } from '@imednet/core';
import { type Answer, createFakeApi } from '@imednet/test-support';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isJobFailedError, isJobTimeoutError, waitForJobs } from '../src/index.ts';
import { fakeClient } from './fakeApi.ts';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const job = (batchId: string, state: string, hold?: Promise<unknown>): Answer => ({
  body: { batchId, state },
  hold,
});
const route = (batchId: string) => `GET /studies/S1/jobs/${batchId}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('waitForJobs', () => {
  it('reports every outcome in input order', async () => {
    // Fake timers make the deadline exact: 'ok' finishes on its second poll, 'slow' never does.
    vi.useFakeTimers({ now: 0 });
    const api = createFakeApi({
      [route('ok')]: [job('ok', 'processing'), job('ok', 'Success')],
      [route('bad')]: [job('bad', 'FAILED')],
      [route('slow')]: [job('slow', 'processing')],
      [route('gone')]: [{ status: 404, body: {} }],
    });
    const run = waitForJobs(fakeClient(api.fetch), 'S1', ['ok', 'bad', 'slow', 'gone'], {
      interval: 10,
      maxInterval: 50,
      timeout: 300,
    });
    await vi.advanceTimersByTimeAsync(1000);
    const outcomes = await run;
    expect(outcomes.map((o) => [o.batchId, o.outcome])).toEqual([
      ['ok', 'SUCCESS'],
      ['bad', 'FAILED'],
      ['slow', 'TIMEOUT'],
      ['gone', 'ERROR'],
    ]);
    expect(outcomes[0]?.job?.state).toBe('Success');
    expect(outcomes[0]?.error).toBeNull();
    expect(isJobFailedError(outcomes[1]?.error)).toBe(true);
    expect(outcomes[1]?.job?.state).toBe('FAILED');
    expect(isJobTimeoutError(outcomes[2]?.error)).toBe(true);
    expect(outcomes[2]?.job?.state).toBe('processing');
    expect((outcomes[3]?.error as { status?: number } | undefined)?.status).toBe(404);
  });

  it('polls at most `concurrency` jobs at once', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const routes = Object.fromEntries(
      ids.map((id) => [route(id), () => job(id, 'completed', delay(3))]),
    );
    const api = createFakeApi(routes);
    const outcomes = await waitForJobs(fakeClient(api.fetch), 'S1', ids, {
      concurrency: 3,
      interval: 1,
    });
    expect(outcomes.every((o) => o.outcome === 'SUCCESS')).toBe(true);
    expect(api.maxInFlight).toBe(3);
  });

  it('with failFast, cancels the waits still running and those not started', async () => {
    const api = createFakeApi({
      [route('a')]: [job('a', 'processing')],
      [route('b')]: [job('b', 'cancelled')],
      [route('c')]: [job('c', 'completed')],
    });
    const outcomes = await waitForJobs(fakeClient(api.fetch), 'S1', ['a', 'b', 'c'], {
      concurrency: 2,
      failFast: true,
      interval: 5,
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(['CANCELLED', 'FAILED', 'CANCELLED']);
    expect(api.count(route('c'))).toBe(0);
    expect((outcomes[0]?.error as Error | undefined)?.name).toBe('AbortError');
  });

  it('turns an abort into CANCELLED outcomes instead of losing the batches', async () => {
    const controller = new AbortController();
    const api = createFakeApi({
      [route('a')]: [job('a', 'processing')],
      [route('b')]: () => {
        controller.abort('enough');
        return job('b', 'processing');
      },
    });
    const outcomes = await waitForJobs(fakeClient(api.fetch), 'S1', ['a', 'b'], {
      signal: controller.signal,
      interval: 1000,
    });
    expect(outcomes.map((o) => [o.batchId, o.outcome, o.error])).toEqual([
      ['a', 'CANCELLED', 'enough'],
      ['b', 'CANCELLED', 'enough'],
    ]);
  });

  it('calls onSettled as each job ends', async () => {
    const api = createFakeApi({
      [route('x')]: [job('x', 'completed')],
      [route('y')]: [job('y', 'failed')],
    });
    const seen: string[] = [];
    await waitForJobs(fakeClient(api.fetch), 'S1', ['x', 'y'], {
      onSettled: (o, i) => seen.push(`${i}:${o.batchId}:${o.outcome}`),
    });
    expect(seen.sort()).toEqual(['0:x:SUCCESS', '1:y:FAILED']);
  });

  it.each([
    [['ok', ''], {}],
    [['ok'], { concurrency: 0 }],
    [['ok'], { interval: -5 }],
  ])('refuses %j %j before any request', async (ids, options) => {
    const api = createFakeApi({});
    const error = await waitForJobs(fakeClient(api.fetch), 'S1', ids, options).catch(
      (e: unknown) => e,
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect(api.seen).toHaveLength(0);
  });
});

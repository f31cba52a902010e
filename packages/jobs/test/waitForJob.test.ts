import { isInvalidInputError, isResponseValidationError } from '@imednet/core';
import { createFakeApi } from '@imednet/test-support';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isJobFailedError, isJobTimeoutError, type PollEvent, waitForJob } from '../src/index.ts';
import { fakeClient, jobStates } from './fakeApi.ts';

const JOB = 'GET /studies/S1/jobs/b-1';
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('waitForJob', () => {
  it('polls through mixed-case states and resolves on Completed', async () => {
    const api = createFakeApi({
      [JOB]: jobStates('created', 'PENDING', 'Processing', 'Completed'),
    });
    const polls: PollEvent[] = [];
    const job = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 1,
      maxInterval: 2,
      onPoll: (e) => polls.push(e),
    });
    expect(job.state).toBe('Completed');
    expect(api.count(JOB)).toBe(4);
    expect(polls.map((p) => [p.attempt, p.job.state])).toEqual([
      [1, 'created'],
      [2, 'PENDING'],
      [3, 'Processing'],
      [4, 'Completed'],
    ]);
  });

  it.each([['success'], ['SUCCESS'], [''], [null], ['  completed ']])(
    'resolves on the finished state %j',
    async (state) => {
      const api = createFakeApi({ [JOB]: jobStates('processing', state) });
      const job = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 });
      expect(job.state).toBe(state ?? '');
      expect(api.count(JOB)).toBe(2);
    },
  );

  it.each([['Failed'], ['cancelled'], ['CANCELLED']])(
    'rejects with JobFailedError on %s, with the final status and the states seen',
    async (state) => {
      const api = createFakeApi({ [JOB]: jobStates('pending', 'processing', state) });
      const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 }).catch(
        (e: unknown) => e,
      );
      expect(isJobFailedError(error)).toBe(true);
      if (!isJobFailedError(error)) return;
      expect(error.code).toBe('JOB_FAILED');
      expect(error.job.state).toBe(state);
      expect(error.states).toEqual(['pending', 'processing', state]);
      expect(error.batchId).toBe('b-1');
      expect(error.message).toContain('b-1');
    },
  );

  it("keeps the server's reasons for a failed job, in the error and its message", async () => {
    const reasons = ['record 0: unknown form "XX"', { field: 'AGE', problem: 'too big' }, 'c', 'd'];
    const api = createFakeApi({
      [JOB]: [
        { body: { batchId: 'b-1', state: 'processing' } },
        { body: { batchId: 'b-1', state: 'FAILED', reasons } },
      ],
    });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 }).catch(
      (e: unknown) => e,
    );
    expect(isJobFailedError(error)).toBe(true);
    if (!isJobFailedError(error)) return;
    const expected = [
      'record 0: unknown form "XX"',
      '{"field":"AGE","problem":"too big"}',
      'c',
      'd',
    ];
    expect(error.reasons).toEqual(expected);
    expect(error.job.reasons).toEqual(expected);
    expect(error.message).toContain('record 0: unknown form "XX"; {"field":"AGE"');
    expect(error.message).toContain('(+1 more)');
  });

  it('reads a failed job without reasons as having none', async () => {
    const api = createFakeApi({ [JOB]: jobStates('FAILED') });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1').catch((e: unknown) => e);
    expect(isJobFailedError(error) && error.reasons).toEqual([]);
    expect(isJobFailedError(error) && 'reasons' in error.job).toBe(false);
  });

  it('keeps one poll in flight at a time', async () => {
    let n = 0;
    const api = createFakeApi({
      [JOB]: () => ({
        body: { batchId: 'b-1', state: ++n < 5 ? 'processing' : 'completed' },
        hold: delay(3),
      }),
    });
    await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1, maxInterval: 1 });
    expect(api.count(JOB)).toBe(5);
    expect(api.maxInFlight).toBe(1);
  });

  it('backs off exponentially with jitter up to maxInterval, then polls once just before the deadline', async () => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const api = createFakeApi({ [JOB]: jobStates('processing') });
    const result = waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 1000,
      maxInterval: 4000,
      timeout: 10_000,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20_000);
    const error = await result;
    expect(isJobTimeoutError(error)).toBe(true);
    // Delays: 1000, then halfway between 1000 and the doubling ceiling (1500, 2500), then
    // capped at 4000 (2500); the last wait is clamped to end 500 ms before the deadline.
    expect(api.seen.map((s) => s.at)).toEqual([0, 1000, 2500, 5000, 7500, 9500]);
    if (!isJobTimeoutError(error)) return;
    expect(error.states).toEqual(Array(6).fill('processing'));
    expect(error.job?.state).toBe('processing');
    expect(error.timeout).toBe(10_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws each delay between interval and the doubling ceiling', async () => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const api = createFakeApi({ [JOB]: jobStates('processing') });
    const result = waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 100,
      maxInterval: 500,
      timeout: 2000,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    expect(isJobTimeoutError(await result)).toBe(true);
    const gaps = api.seen.slice(1).map((s, i) => s.at - (api.seen[i]?.at ?? 0));
    // 100, 200, 400, then the 500 ceiling; the last gap is clamped before the 2000 deadline.
    expect(gaps.slice(0, 5)).toEqual([100, 200, 400, 500, 500]);
    expect(api.seen.at(-1)?.at).toBeLessThan(2000);
  });

  it('times out with real timers too, reporting every state seen', async () => {
    const api = createFakeApi({ [JOB]: jobStates('processing') });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 2,
      maxInterval: 4,
      timeout: 30,
    }).catch((e: unknown) => e);
    expect(isJobTimeoutError(error)).toBe(true);
    if (!isJobTimeoutError(error)) return;
    expect(error.states).toHaveLength(api.count(JOB));
  });

  it('rejects at once with the reason when aborted during a wait, leaving no timer', async () => {
    vi.useFakeTimers({ now: 0 });
    const api = createFakeApi({ [JOB]: jobStates('processing') });
    const controller = new AbortController();
    const result = waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 60_000,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(api.count(JOB)).toBe(1);
    const reason = new Error('stop');
    controller.abort(reason);
    expect(await result).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when aborted while a poll is in flight', async () => {
    const never = new Promise(() => {});
    const api = createFakeApi({ [JOB]: [{ body: { state: 'processing' }, hold: never }] });
    const controller = new AbortController();
    const result = waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await delay(5);
    controller.abort('user stop');
    expect(await result).toBe('user stop');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const api = createFakeApi({ [JOB]: jobStates('completed') });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      signal: AbortSignal.abort('early'),
    }).catch((e: unknown) => e);
    expect(error).toBe('early');
    expect(api.seen).toHaveLength(0);
  });

  it.each([
    [{ interval: 0 }],
    [{ interval: -1 }],
    [{ interval: 100, maxInterval: 50 }],
    [{ timeout: Number.NaN }],
  ])('refuses bad timings %j before any request', async (timings) => {
    const api = createFakeApi({ [JOB]: jobStates('completed') });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', timings).catch(
      (e: unknown) => e,
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect(api.seen).toHaveLength(0);
  });

  it.each([[{}], [{ state: null }], [{ data: [], pagination: {} }]])(
    'rejects with a validation error, not a finished job, when a poll answers %j',
    async (body) => {
      const api = createFakeApi({
        [JOB]: [{ body: { batchId: 'b-1', state: 'processing' } }, { body }],
      });
      const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 }).catch(
        (e: unknown) => e,
      );
      expect(isResponseValidationError(error)).toBe(true);
      expect(api.count(JOB)).toBe(2);
    },
  );

  it('lets a failing poll reject with its API error', async () => {
    const api = createFakeApi({
      [JOB]: [{ status: 404, body: { metadata: { status: 'ERROR' } } }],
    });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 }).catch(
      (e: unknown) => e,
    );
    expect((error as { status?: number }).status).toBe(404);
  });
});

// A hostile or broken server may echo the keys in a 200 answer: the statuses and states that
// go into an error are masked (what onPoll and a resolved wait return stays as sent).
describe('waitForJob with keys echoed in the job', () => {
  const API_KEY = 'test-api-key-123';
  const SECURITY_KEY = 'test-security-key-456';
  const echoed = (state: string) => ({
    body: {
      jobId: API_KEY,
      batchId: 'b-1',
      state,
      resultUrl: `https://x.invalid/${SECURITY_KEY}?k=${API_KEY}`,
      dateCreated: '2024-01-02 03:04:05',
      progress: 50,
    },
  });
  const leaks = (error: unknown) => {
    const e = error as Error & Record<string, unknown>;
    const text = `${e.message} ${e.stack} ${JSON.stringify({ ...e })}`;
    return text.includes(API_KEY) || text.includes(SECURITY_KEY);
  };

  it('masks them in a JobFailedError (job, states and message)', async () => {
    const api = createFakeApi({
      [JOB]: [echoed(`processing ${API_KEY}`), echoed(`FAILED`)],
    });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', { interval: 1 }).catch(
      (e: unknown) => e,
    );
    expect(isJobFailedError(error)).toBe(true);
    if (!isJobFailedError(error)) return;
    expect(leaks(error)).toBe(false);
    expect(error.job).toMatchObject({
      jobId: '********',
      resultUrl: 'https://x.invalid/********?k=********',
      progress: 50,
      state: 'FAILED',
    });
    expect(error.job.dateCreated?.toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(error.states).toEqual(['processing ********', 'FAILED']);
  });

  it('masks them in a JobTimeoutError, even in the state of its message', async () => {
    const api = createFakeApi({ [JOB]: [echoed(`processing ${API_KEY}`)] });
    const error = await waitForJob(fakeClient(api.fetch), 'S1', 'b-1', {
      interval: 1,
      timeout: 5,
    }).catch((e: unknown) => e);
    expect(isJobTimeoutError(error)).toBe(true);
    expect(leaks(error)).toBe(false);
    expect((error as Error).message).toContain('processing ********');
  });
});

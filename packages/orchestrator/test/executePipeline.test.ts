import { getEventListeners } from 'node:events';
import {
  isApiError,
  isInvalidInputError,
  isServerError,
  request,
  withOptions,
} from '@imednet/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  executePipeline,
  isFilterConflictError,
  isOrchestratorError,
  type LogFields,
  type Logger,
  type PipelineProgress,
} from '../src/index.ts';
import { API_KEY, createStudiesApi, deferred, SECURITY_KEY, tick } from './fakeStudies.ts';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `S${i + 1}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('executePipeline', () => {
  it('runs the pipeline for every study and returns results in the resolved order', async () => {
    const api = createStudiesApi(['10', '2', 'B', '1', '0']);
    const results = await executePipeline(api.client, async (key, client) => {
      await tick(Number(key) || 0);
      return { key, same: client === api.client };
    });
    // A plain object would put '0', '1', '2', '10' first; the Map keeps the API's order.
    expect([...results.keys()]).toEqual(['10', '2', 'B', '1', '0']);
    for (const [key, result] of results) {
      expect(result).toMatchObject({ outcome: 'SUCCESS', data: { key, same: true }, error: null });
      expect(result.durationSeconds).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    [undefined, 4],
    [3, 3],
    [1, 1],
  ])('never has more than concurrency=%s studies in flight (max %s)', async (concurrency, max) => {
    const api = createStudiesApi(keys(11));
    let inFlight = 0;
    let most = 0;
    const results = await executePipeline(
      api.client,
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick(2);
        inFlight--;
      },
      { concurrency },
    );
    expect(most).toBe(max);
    expect([...results.values()].every((r) => r.outcome === 'SUCCESS')).toBe(true);
  });

  it('records a study that throws as FAILED without stopping the others', async () => {
    const api = createStudiesApi(keys(4));
    const results = await executePipeline(api.client, (key) => {
      if (key === 'S2') throw new Error('S2 has no forms');
      return key.toLowerCase();
    });
    expect(results.get('S2')).toMatchObject({
      outcome: 'FAILED',
      data: null,
      message: 'S2 has no forms',
    });
    expect(results.get('S2')?.error).toBeInstanceOf(Error);
    expect(
      [...results].filter(([, r]) => r.outcome === 'SUCCESS').map(([k, r]) => [k, r.data]),
    ).toEqual([
      ['S1', 's1'],
      ['S3', 's3'],
      ['S4', 's4'],
    ]);
  });

  it('fails a study that hangs past studyTimeout, ignoring its signal, and frees its slot', async () => {
    const api = createStudiesApi(keys(3));
    let hungSignal: AbortSignal | undefined;
    const results = await executePipeline(
      api.client,
      (key, _client, { signal }) => {
        if (key === 'S1') {
          hungSignal = signal;
          return new Promise(() => {}); // never settles, never looks at the signal
        }
        return key;
      },
      { concurrency: 1, studyTimeout: 20 },
    );
    expect(results.get('S1')?.outcome).toBe('FAILED');
    expect(results.get('S1')?.message).toMatch(/timed out after 20 ms/);
    expect(hungSignal?.aborted).toBe(true);
    expect(isOrchestratorError(hungSignal?.reason)).toBe(true);
    expect((hungSignal?.reason as { reason?: string } | undefined)?.reason).toBe('STUDY_TIMEOUT');
    // With one slot, the others could only run because the hung study's slot was freed.
    expect(results.get('S2')).toMatchObject({ outcome: 'SUCCESS', data: 'S2' });
    expect(results.get('S3')).toMatchObject({ outcome: 'SUCCESS', data: 'S3' });
  });

  it('reports the timeout, not the abort error, of a study that honours its signal late', async () => {
    const api = createStudiesApi(['A']);
    const results = await executePipeline(
      api.client,
      (_key, _client, { signal }) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('aborted by signal'))),
        ),
      { studyTimeout: 5 },
    );
    expect(results.get('A')?.message).toMatch(/timed out/);
  });

  it('on abort, cancels queued studies and signals the running ones', async () => {
    const api = createStudiesApi(keys(6));
    const controller = new AbortController();
    const started: string[] = [];
    const sawAbort: string[] = [];
    const bothRunning = deferred();
    const run = executePipeline(
      api.client,
      (key, _client, { signal }) => {
        started.push(key);
        if (started.length === 2) bothRunning.resolve();
        return new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            sawAbort.push(key);
            reject(signal.reason);
          });
        });
      },
      { concurrency: 2, signal: controller.signal },
    );
    await bothRunning.promise;
    controller.abort(new Error('user pressed stop'));
    const results = await run;
    expect(started).toEqual(['S1', 'S2']);
    expect(sawAbort.sort()).toEqual(['S1', 'S2']);
    expect([...results.values()].map((r) => r.outcome)).toEqual(Array(6).fill('CANCELLED'));
    expect(results.get('S1')?.message).toBe('user pressed stop');
    expect(results.get('S5')).toEqual({
      outcome: 'CANCELLED',
      data: null,
      error: new Error('user pressed stop'),
      message: 'user pressed stop',
      durationSeconds: 0,
    });
  });

  it('returns at once on abort even when a running study ignores its signal', async () => {
    const api = createStudiesApi(keys(2));
    const controller = new AbortController();
    const run = executePipeline(
      api.client,
      () => {
        controller.abort('stop');
        return new Promise(() => {});
      },
      { signal: controller.signal },
    );
    const results = await run;
    expect([...results.values()].map((r) => r.outcome)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('with failFast, the first failure cancels the rest', async () => {
    const api = createStudiesApi(keys(5));
    const ran: string[] = [];
    const results = await executePipeline(
      api.client,
      (key) => {
        ran.push(key);
        if (key === 'S2') throw new Error('broken');
        return key;
      },
      { concurrency: 1, failFast: true },
    );
    expect(ran).toEqual(['S1', 'S2']);
    expect([...results.values()].map((r) => r.outcome)).toEqual([
      'SUCCESS',
      'FAILED',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(results.get('S3')?.message).toMatch(/S2 failed \(failFast\)/);
  });

  it('without failFast, a failure leaves the others running', async () => {
    const api = createStudiesApi(keys(3));
    const results = await executePipeline(
      api.client,
      (key) => {
        if (key === 'S1') throw new Error('broken');
        return key;
      },
      { concurrency: 1 },
    );
    expect([...results.values()].map((r) => r.outcome)).toEqual(['FAILED', 'SUCCESS', 'SUCCESS']);
  });

  it('gives an include key the API does not list a FAILED result that says so', async () => {
    const api = createStudiesApi(['A', 'B', 'C']);
    const ran: string[] = [];
    const results = await executePipeline(
      api.client,
      (key) => {
        ran.push(key);
        return key;
      },
      { include: ['C', 'GHOST', 'A'] },
    );
    expect([...results.keys()]).toEqual(['A', 'C', 'GHOST']);
    expect(ran.sort()).toEqual(['A', 'C']);
    expect(results.get('GHOST')).toMatchObject({
      outcome: 'FAILED',
      data: null,
      durationSeconds: 0,
    });
    expect(results.get('GHOST')?.message).toMatch(/GHOST.*does not list/);
  });

  it('refuses include with exclude before any request', async () => {
    const api = createStudiesApi(['A']);
    const error = await executePipeline(api.client, () => 1, {
      include: ['A'],
      exclude: ['B'],
    }).catch((e: unknown) => e);
    expect(isFilterConflictError(error)).toBe(true);
    expect(api.requests).toBe(0);
  });

  it('counts durationSeconds from the study’s own start, not from the queue', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const api = createStudiesApi(['SLOW', 'QUICK']);
    const run = executePipeline(
      api.client,
      (key) => new Promise((resolve) => setTimeout(resolve, key === 'SLOW' ? 3000 : 500)),
      { concurrency: 1 },
    );
    await vi.advanceTimersByTimeAsync(5000);
    const results = await run;
    expect(results.get('SLOW')?.durationSeconds).toBe(3);
    // QUICK waited 3 s in the queue; its own run took 0.5 s.
    expect(results.get('QUICK')?.durationSeconds).toBe(0.5);
  });

  it('gives each study a logger that puts its key on every entry, and masks secrets', async () => {
    const api = createStudiesApi(['A', 'B']);
    const entries: [string, string, LogFields | undefined][] = [];
    const logger: Logger = {
      debug: (m, f) => entries.push(['debug', m, f]),
      info: (m, f) => entries.push(['info', m, f]),
      warn: (m, f) => entries.push(['warn', m, f]),
      error: (m, f) => entries.push(['error', m, f]),
    };
    const results = await executePipeline(
      api.client,
      (key, _client, ctx) => {
        ctx.logger.info('working', { rows: 3, studyKey: 'spoofed' });
        if (key === 'B') throw new Error(`bad key ${API_KEY} / ${SECURITY_KEY}`);
        return key;
      },
      { logger },
    );
    expect(entries.length).toBeGreaterThan(4);
    for (const [, , fields] of entries) expect(['A', 'B']).toContain(fields?.studyKey);
    expect(entries).toContainEqual(['info', 'working', { rows: 3, studyKey: 'A' }]);
    const text = JSON.stringify(entries) + JSON.stringify([...results.values()]);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(SECURITY_KEY);
    expect(results.get('B')?.message).toMatch(/^bad key \S+ \/ \S+$/);
  });

  it("keeps a failed study's error object: class, code, status, and a printable message", async () => {
    const api = createStudiesApi(['OK', 'DOWN', 'ODD']);
    const down = withOptions(api.client, {
      fetch: async () => new Response('{"metadata":{"status":"ERROR"}}', { status: 503 }),
    });
    const results = await executePipeline(api.client, async (key) => {
      if (key === 'DOWN') return request(down, { method: 'GET', path: ['studies', key, 'sites'] });
      if (key === 'ODD') throw 'plain text thrown';
      return key;
    });
    const failed = results.get('DOWN');
    expect(failed?.outcome).toBe('FAILED');
    expect(isServerError(failed?.error)).toBe(true);
    expect(isApiError(failed?.error, 503)).toBe(true);
    expect(failed?.error).toMatchObject({ code: 'SERVER_ERROR', status: 503, method: 'GET' });
    expect(failed?.message).toBe(failed?.error?.message);
    expect(failed?.message).toMatch(/503/);
    const odd = results.get('ODD');
    expect(isOrchestratorError(odd?.error)).toBe(true);
    expect(odd?.error).toMatchObject({ reason: 'PIPELINE_ERROR', studyKey: 'ODD' });
    expect(odd?.message).toBe('plain text thrown');
    expect(results.get('OK')).toMatchObject({ outcome: 'SUCCESS', error: null, message: null });
  });

  it('replaces an error whose message holds a key by one with the masked text only', async () => {
    const api = createStudiesApi(['B']);
    const results = await executePipeline(api.client, () => {
      throw new TypeError(`bad key ${API_KEY}`);
    });
    const { error, message } = results.get('B')!;
    expect(isOrchestratorError(error)).toBe(true);
    expect(error?.message).toBe(message);
    expect(message).toMatch(/^bad key \S+$/);
    expect(message).not.toContain(API_KEY);
    expect(error?.cause).toBeUndefined();
  });

  it('reports an include key the API does not list with a typed error', async () => {
    const api = createStudiesApi(['A']);
    const results = await executePipeline(api.client, () => 1, { include: ['A', 'GHOST'] });
    expect(results.get('GHOST')?.error).toMatchObject({ reason: 'NOT_LISTED', studyKey: 'GHOST' });
  });

  it.each([
    ['without a signal', undefined],
    ['with one signal of the caller', new AbortController().signal],
  ])(
    'runs 16 studies at once %s without a listener-leak warning or a listener left',
    async (_, signal) => {
      const api = createStudiesApi(keys(40));
      const warnings: string[] = [];
      const onWarning = (warning: Error) => {
        if (warning.name === 'MaxListenersExceededWarning') warnings.push(warning.message);
      };
      process.on('warning', onWarning);
      try {
        const results = await executePipeline(
          api.client,
          async (key, client, ctx) => {
            // Several calls of one study share its signal, as a real pipeline's do.
            await Promise.all(
              [1, 2, 3].map(() =>
                request(client, { method: 'GET', path: ['studies'] }, { signal: ctx.signal }),
              ),
            );
            await tick(2);
            return key;
          },
          { concurrency: 16, ...(signal ? { signal } : {}) },
        );
        expect([...results.values()].every((r) => r.outcome === 'SUCCESS')).toBe(true);
        await tick(10);
      } finally {
        process.off('warning', onWarning);
      }
      expect(warnings).toEqual([]);
      if (signal) expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    },
  );

  it('is silent without a logger, and the pipeline may still log', async () => {
    const api = createStudiesApi(['A']);
    const spy = vi.spyOn(console, 'info');
    const results = await executePipeline(api.client, (_key, _client, { logger }) => {
      logger.info('hello');
      logger.error('oops', { n: 1 });
      return 1;
    });
    expect(results.get('A')?.outcome).toBe('SUCCESS');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('keeps going when the logger or the progress callback throws', async () => {
    const api = createStudiesApi(keys(2));
    const broken = () => {
      throw new Error('sink is down');
    };
    const logger: Logger = { debug: broken, info: broken, warn: broken, error: broken };
    const results = await executePipeline(
      api.client,
      (key, _client, ctx) => {
        ctx.logger.info('hello');
        return key;
      },
      { logger, onProgress: broken },
    );
    expect([...results.values()].map((r) => r.outcome)).toEqual(['SUCCESS', 'SUCCESS']);
  });

  it('reports progress as studies start and finish', async () => {
    const api = createStudiesApi(keys(3));
    const events: PipelineProgress<string>[] = [];
    await executePipeline(api.client, (key) => key, {
      concurrency: 2,
      onProgress: (e) => events.push(e),
    });
    expect(events.filter((e) => e.type === 'start').map((e) => e.studyKey)).toEqual([
      'S1',
      'S2',
      'S3',
    ]);
    const finishes = events.filter((e) => e.type === 'finish');
    expect(finishes.map((e) => e.completed)).toEqual([1, 2, 3]);
    expect(finishes.every((e) => e.total === 3 && e.result?.outcome === 'SUCCESS')).toBe(true);
    expect(Math.max(...events.map((e) => e.running))).toBeLessThanOrEqual(2);
  });

  it.each([[{ concurrency: 0 }], [{ concurrency: 2.5 }], [{ studyTimeout: -1 }]])(
    'refuses the option %j before any request',
    async (options) => {
      const api = createStudiesApi(['A']);
      const error = await executePipeline(api.client, () => 1, options).catch((e: unknown) => e);
      expect(isInvalidInputError(error)).toBe(true);
      expect(api.requests).toBe(0);
    },
  );
});

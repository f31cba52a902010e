import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, createRateLimiter, isInvalidInputError } from '@imednet/core';
import { exportStudies } from '@imednet/export';
import { executePipeline, isOrchestratorError, type StudyResult } from '@imednet/orchestrator';
import { createSandbox } from '@imednet/sandbox';
import { type Listening, listen } from '@imednet/sandbox/node';
import { findRedis, startRedis } from '@imednet/test-support/redis';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqExecutor } from '../src/index.ts';
import { pipelines, startWorkerProcess } from './helpers.ts';

const redisBinary = findRedis();
const API_KEY = 'bullmq-test-api-key-5d1f0c';
const SECURITY_KEY = 'bullmq-test-security-key-8e2a47';

let redis: { url: string; stop(): void };
let server: Listening;
let arrivals: number[];
let client: Client;
let workers: ChildProcess[] = [];
let queueCount = 0;

async function workersOn(queue: string, count: number, concurrency = 2): Promise<ChildProcess[]> {
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      startWorkerProcess({
        REDIS_URL: redis.url,
        QUEUE: queue,
        CONCURRENCY: String(concurrency),
        IMEDNET_BASE_URL: server.url,
        IMEDNET_API_KEY: API_KEY,
        IMEDNET_SECURITY_KEY: SECURITY_KEY,
      }),
    ),
  );
  workers.push(...started);
  return started;
}

const summary = (results: Map<string, StudyResult<unknown>>) =>
  [...results].map(([key, r]) => [key, r.outcome, r.data, r.message]);

describe.skipIf(redisBinary === null)('executePipeline on BullMQ workers', () => {
  beforeAll(async () => {
    redis = await startRedis(redisBinary as string);
    const sandbox = createSandbox({
      studyCount: 6,
      recordsPerStudy: 40,
      credentials: { apiKey: API_KEY, securityKey: SECURITY_KEY },
    });
    arrivals = [];
    // Every request the API receives, with its arrival time: the shared rate budget is checked here.
    const counted = {
      ...sandbox,
      serve: (request: Request) => {
        arrivals.push(performance.now());
        return sandbox.serve(request);
      },
    };
    server = await listen(counted as typeof sandbox, { host: '127.0.0.1', port: 0 });
    client = createClient({ apiKey: API_KEY, securityKey: SECURITY_KEY, baseUrl: server.url });
  }, 30_000);

  afterEach(() => {
    for (const worker of workers) worker.kill('SIGKILL');
    workers = [];
  });

  afterAll(async () => {
    await server?.close();
    redis?.stop();
  });

  const nextQueue = () => `studies${++queueCount}`;

  it('gives the same Map in-process and on 2 worker processes', async () => {
    const ref = { module: pipelines, export: 'countSubjects' };
    const local = await executePipeline(client, ref);
    const queueName = nextQueue();
    await workersOn(queueName, 2);
    const executor = createBullmqExecutor({ connection: redis.url, queueName });
    const remote = await executePipeline(client, ref, { executor });
    expect([...remote.keys()]).toEqual([...local.keys()]);
    expect(remote.size).toBe(6);
    expect(summary(remote)).toEqual(summary(local));
    for (const result of remote.values()) {
      expect(result.outcome).toBe('SUCCESS');
      expect((result.data as { subjects: number }).subjects).toBeGreaterThan(0);
    }
  }, 120_000);

  it('misses no event when its event reader reaches Redis after the workers took the studies', async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 2, 3);
    // A slow link to Redis for reads of the event stream only: the workers take and finish
    // every study before the executor's first read of their events arrives.
    const slow = new SlowEventReads(redis.url, { lazyConnect: true });
    try {
      const executor = createBullmqExecutor({ connection: slow, queueName });
      const run = executePipeline(
        client,
        { module: pipelines, export: 'countSubjects' },
        { executor },
      );
      const results = await Promise.race([
        run,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the run never heard its studies end')), 15_000),
        ),
      ]);
      expect([...results.values()].map((r) => r.outcome)).toEqual(Array(6).fill('SUCCESS'));
    } finally {
      slow.disconnect();
    }
  }, 60_000);

  it('loses no study when a worker is killed with SIGKILL mid-run', async () => {
    const queueName = nextQueue();
    const [doomed] = await workersOn(queueName, 2, 3);
    const executor = createBullmqExecutor({ connection: redis.url, queueName });
    const ref = { module: pipelines, export: 'slowCount', args: { pauseMs: 1500 } };
    let started = 0;
    const run = executePipeline(client, ref, {
      executor,
      onProgress: (e) => {
        if (e.type === 'start') started++;
      },
    });
    // All 6 studies are running (3 on each worker, all pausing): kill one while it works.
    await until(() => started === 6);
    doomed?.kill('SIGKILL');
    const results = await run;
    const local = await executePipeline(client, { ...ref, args: { pauseMs: 0 } });
    expect(summary(results)).toEqual(summary(local));
    expect([...results.values()].every((r) => r.outcome === 'SUCCESS')).toBe(true);
  }, 120_000);

  it("holds the client's rate limit across all workers together", async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 2, 3);
    const rateLimited = createClient({
      apiKey: API_KEY,
      securityKey: SECURITY_KEY,
      baseUrl: server.url,
      rateLimit: createRateLimiter({ requestsPerSecond: 10, burst: 2 }),
    });
    const executor = createBullmqExecutor({ connection: redis.url, queueName });
    const before = arrivals.length;
    const results = await executePipeline(
      rateLimited,
      { module: pipelines, export: 'hammer', args: { requests: 6 } },
      { executor },
    );
    expect([...results.values()].map((r) => r.outcome)).toEqual(Array(6).fill('SUCCESS'));
    const times = arrivals.slice(before + 1); // the first is the producer's study listing
    expect(times.length).toBe(36);
    // Over the run: no more than the rate after the burst. Two workers each with a limiter of
    // their own would reach about 20 per second here; with no limiter, all 36 at once.
    const span = (times.at(-1) as number) - (times[0] as number);
    expect((times.length - 2) / (span / 1000)).toBeLessThanOrEqual(10.5);
    // In any one second, rate + burst, with a little room for a worker's timer firing late
    // under load (the bucket spaces reservations, not arrivals).
    let most = 0;
    for (const [i, start] of times.entries()) {
      most = Math.max(most, times.slice(i).filter((t) => t < start + 1000).length);
    }
    expect(most).toBeLessThanOrEqual(16);
  }, 120_000);

  it('stops running studies on their workers when the run aborts; keys never reach Redis', async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 2, 3);
    const markDir = mkdtempSync(join(tmpdir(), 'imednet-bullmq-'));
    try {
      const executor = createBullmqExecutor({ connection: redis.url, queueName });
      const controller = new AbortController();
      const started: string[] = [];
      const run = executePipeline(
        client,
        { module: pipelines, export: 'waitForAbort', args: { markDir } },
        {
          executor,
          signal: controller.signal,
          onProgress: (e) => {
            if (e.type === 'start') started.push(e.studyKey);
          },
        },
      );
      await until(() => started.length === 6);
      expect(await redisText(redis.url)).not.toMatch(/bullmq-test-(api|security)-key/);
      controller.abort(new Error('stopped by the test'));
      const results = await run;
      expect([...results.values()].map((r) => r.outcome)).toEqual(Array(6).fill('CANCELLED'));
      await until(() => readdirSync(markDir).length === 6);
      expect(readdirSync(markDir).sort()).toEqual(
        [...results.keys()].map((k) => `${k}.stopped`).sort(),
      );
    } finally {
      rmSync(markDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('applies studyTimeout on the workers', async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 1, 6);
    const markDir = mkdtempSync(join(tmpdir(), 'imednet-bullmq-'));
    try {
      const executor = createBullmqExecutor({ connection: redis.url, queueName });
      const results = await executePipeline(
        client,
        { module: pipelines, export: 'waitForAbort', args: { markDir } },
        { executor, studyTimeout: 300 },
      );
      for (const [key, result] of results) {
        expect(result.outcome).toBe('FAILED');
        expect(result.message).toBe(`Study ${key} timed out after 300 ms`);
        // The class cannot cross processes: a WORKER_ERROR carrying what it was.
        expect(isOrchestratorError(result.error)).toBe(true);
        expect(result.error?.cause).toEqual({
          name: 'OrchestratorError',
          code: 'ORCHESTRATOR_ERROR',
          status: null,
        });
        expect(existsSync(join(markDir, `${key}.stopped`))).toBe(true);
      }
    } finally {
      rmSync(markDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('fails a study whose result is not JSON, naming where', async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 1);
    const executor = createBullmqExecutor({ connection: redis.url, queueName });
    const results = await executePipeline(
      client,
      { module: pipelines, export: 'notJson' },
      { executor },
    );
    for (const [key, result] of results) {
      expect(result.outcome).toBe('FAILED');
      expect(result.message).toBe(
        `The pipeline's result for study ${key} is not JSON: $.seen is a Map`,
      );
    }
  }, 120_000);

  it('runs exportStudies on the workers: the same files as in this process', async () => {
    const queueName = nextQueue();
    await workersOn(queueName, 2);
    const dir = mkdtempSync(join(tmpdir(), 'imednet-bullmq-export-'));
    try {
      const options = { format: 'csv' as const, byForm: true, forms: ['AE', 'VS'] };
      const local = await exportStudies(client, { ...options, out: join(dir, 'local') });
      const executor = createBullmqExecutor({ connection: redis.url, queueName });
      const remote = await exportStudies(client, {
        ...options,
        out: join(dir, 'remote'),
        executor,
      });
      expect([...remote.keys()]).toEqual([...local.keys()]);
      for (const [key, result] of remote) {
        expect([result.outcome, result.message]).toEqual(['SUCCESS', null]);
        expect(result.data?.rows).toBe(local.get(key)?.data?.rows);
        const files = readdirSync(join(dir, 'local', key)).sort();
        expect(files.length).toBeGreaterThan(0);
        expect(readdirSync(join(dir, 'remote', key)).sort()).toEqual(files);
        for (const file of files) {
          expect(readFileSync(join(dir, 'remote', key, file), 'utf8')).toBe(
            readFileSync(join(dir, 'local', key, file), 'utf8'),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a pipeline function: closures cannot cross machines', async () => {
    const executor = createBullmqExecutor({ connection: redis.url, queueName: nextQueue() });
    const error = await executePipeline(client, () => 1, { executor }).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
    expect(String((error as Error).message)).toContain('named by module and export');
  });
});

/** Redis with a 1.5 s delay before each read of a stream (XREAD); its duplicates too. */
class SlowEventReads extends Redis {
  constructor(
    private readonly address: string,
    options: { lazyConnect?: boolean } = {},
  ) {
    super(address, { ...options, maxRetriesPerRequest: null });
  }
  override duplicate(): Redis {
    return new SlowEventReads(this.address);
  }
  // biome-ignore lint/suspicious/noExplicitAny: ioredis types its command argument loosely
  override sendCommand(command: any, stream?: any): any {
    if (command.name !== 'xread') return super.sendCommand(command, stream);
    setTimeout(() => super.sendCommand(command, stream), 1500);
    return command.promise;
  }
}

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every string Redis holds now (keys, hashes, lists, streams), for the secret check. */
async function redisText(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const parts: string[] = [];
    for (const key of await redis.keys('*')) {
      const type = await redis.type(key);
      parts.push(key);
      if (type === 'string') parts.push(String(await redis.get(key)));
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
    expect(parts.length).toBeGreaterThan(0);
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

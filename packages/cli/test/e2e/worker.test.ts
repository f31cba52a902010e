import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBullmqExecutor } from '@imednet/bullmq';
import { createClient } from '@imednet/core';
import { executePipeline } from '@imednet/orchestrator';
import { findRedis, startRedis, type TestRedis } from '@imednet/test-support/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, startCliProcess } from '../helpers/cliProcess.ts';
import {
  API_KEY,
  SECRET_MARK,
  SECURITY_KEY,
  type ServedSandbox,
  startSandbox,
} from '../helpers/sandboxServer.ts';

const redisBinary = findRedis();

describe.skipIf(redisBinary === null)('imednet worker', () => {
  let redis: TestRedis;
  let served: ServedSandbox;
  let dir: string;

  beforeAll(async () => {
    redis = await startRedis(redisBinary as string);
    served = await startSandbox({ studyCount: 3, recordsPerStudy: 30 });
    dir = mkdtempSync(join(tmpdir(), 'imednet-cli-worker-'));
    writeFileSync(
      join(dir, 'count.mjs'),
      'export const count = async (studyKey, client, { args }) => ({ studyKey, n: args.n });\n',
    );
  }, 30_000);

  afterAll(async () => {
    await served?.close();
    redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the studies a producer queues, with its own keys, and stops on Ctrl-C with exit 0', async () => {
    const worker = startCliProcess(['worker', '--queue', 'cli', '--redis', redis.url], {
      cwd: dir,
      env: served.env,
    });
    try {
      const client = createClient({
        apiKey: API_KEY,
        securityKey: SECURITY_KEY,
        baseUrl: served.url,
      });
      const executor = createBullmqExecutor({ connection: redis.url, queueName: 'cli' });
      // A relative module resolves against the worker's working folder, not the producer's.
      const results = await executePipeline(
        client,
        { module: './count.mjs', export: 'count', args: { n: 7 } },
        { executor },
      );
      expect([...results].map(([key, r]) => [key, r.outcome, r.data])).toEqual(
        served.sandbox.studyKeys.map((key) => [key, 'SUCCESS', { studyKey: key, n: 7 }]),
      );
    } finally {
      worker.child.kill('SIGINT');
    }
    const result = await worker.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Worker stopped after 3 studies.');
    expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  }, 120_000);

  it('refuses a missing queue or a Redis address that is not a redis:// URL (exit 2)', async () => {
    const noQueue = await runCliProcess(['worker', '--redis', redis.url], { env: served.env });
    expect(noQueue.code).toBe(2);
    expect(noQueue.stderr).toContain('--queue <name> is required');
    const badUrl = await runCliProcess(['worker', '--queue', 'q', '--redis', 'localhost:6379'], {
      env: served.env,
    });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('--redis needs a redis:// or rediss:// URL');
  });
});

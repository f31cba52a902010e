import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cwd } from 'node:process';
import { pathToFileURL } from 'node:url';
import { type Client, InvalidInputError, withOptions } from '@imednet/core';
import {
  bindArgs,
  findNonJson,
  type Logger,
  loadPipeline,
  type Pipeline,
  runPipelineForStudy,
} from '@imednet/orchestrator';
import { type Job, Worker } from 'bullmq';
import { createRedisRateLimiter } from './createRedisRateLimiter.ts';
import { openRedis, type RedisConnection } from './internal/openRedis.ts';
import {
  type CancelMessage,
  cancelChannel,
  DEFAULT_PREFIX,
  rateKey,
  type StudyJobData,
} from './internal/studyJob.ts';
import { failure, toWire, type WireResult } from './internal/wireResult.ts';

/** Options of {@link startWorker}. Durations in milliseconds. */
export interface StartWorkerOptions {
  connection: RedisConnection;
  queueName: string;
  /** This worker's own client (its keys from its own environment: none travel through Redis). */
  client: Client;
  /** Studies this worker runs at once; default 4. */
  concurrency?: number;
  /** BullMQ's key prefix; default `imednet`. */
  prefix?: string;
  /**
   * Turns a pipeline's module specifier into what `import()` loads; by default a relative path
   * is resolved against the worker's working folder.
   */
  resolveModule?: (specifier: string) => string;
  /** How long a study's lock lives without renewal before another worker may take it; default 30 s. */
  lockDuration?: number;
  /** How often this worker looks for studies whose worker died; default 30 s. */
  stalledInterval?: number;
  /** How often a study may lose its worker before it ends FAILED; default 1 (BullMQ's). */
  maxStalledCount?: number;
  logger?: Logger;
}

/** A running worker. */
export interface RunningWorker {
  /** Stops taking studies, lets the running ones finish, and closes the connections. */
  close(): Promise<void>;
  /** The BullMQ worker underneath, for its events. */
  readonly worker: Worker<StudyJobData, WireResult>;
}

/**
 * Starts a worker that takes studies from `queueName` and runs their pipelines with its own
 * client. The API rate budget the producer's client had is shared by all workers through one
 * bucket in Redis; a producer's abort, `failFast` or per-study timeout stops the study here.
 * A result that is not plain JSON ends the study FAILED, saying where.
 *
 * @throws {InvalidInputError} for a bad queue name or concurrency
 * @example
 * const worker = await startWorker({ connection: 'redis://127.0.0.1:6379', queueName: 'studies', client: createClient() })
 * process.on('SIGTERM', () => worker.close())
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { connection, queueName, client, concurrency = 4, prefix = DEFAULT_PREFIX } = options;
  if (typeof queueName !== 'string' || queueName === '' || queueName.includes(':')) {
    throw new InvalidInputError({
      details: [{ field: 'queueName', message: 'must be a name without ":"' }],
    });
  }
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new InvalidInputError({
      details: [{ field: 'concurrency', message: 'must be an integer >= 1' }],
    });
  }
  const resolveModule = options.resolveModule ?? resolveFromWorkingFolder;
  const redis = openRedis(connection);
  const subscriber = openRedis(connection);
  const running = new Map<string, { runId: string; controller: AbortController }>();
  const pipelines = new Map<string, Promise<Pipeline<unknown>>>();
  const clients = new Map<string, Client>();

  await subscriber.subscribe(cancelChannel(prefix, queueName));
  subscriber.on('message', (_channel, text: string) => {
    const message = parseCancel(text);
    if (!message) return;
    for (const entry of running.values()) {
      if (entry.runId === message.runId) entry.controller.abort(new Error(message.reason));
    }
  });

  const clientFor = (rate: StudyJobData['rateLimit']): Client => {
    if (!rate) return client;
    const id = `${rate.requestsPerSecond}/${rate.burst}`;
    let limited = clients.get(id);
    if (!limited) {
      const rateLimit = createRedisRateLimiter({ redis, key: rateKey(prefix, queueName), ...rate });
      limited = withOptions(client, { rateLimit });
      clients.set(id, limited);
    }
    return limited;
  };

  const runJob = async (job: Job<StudyJobData>, _token?: string, jobSignal?: AbortSignal) => {
    const { runId, studyKey, pipeline: ref, studyTimeout, rateLimit } = job.data;
    const id = String(job.id);
    const controller = new AbortController();
    const onJobAbort = () => controller.abort(jobSignal?.reason);
    jobSignal?.addEventListener('abort', onJobAbort, { once: true });
    running.set(id, { runId, controller });
    try {
      const key = `${ref.module}#${ref.export ?? 'default'}`;
      let loading = pipelines.get(key);
      if (!loading) {
        loading = loadPipeline(ref, resolveModule);
        pipelines.set(key, loading);
        loading.catch(() => pipelines.delete(key));
      }
      let pipeline: Pipeline<unknown>;
      try {
        pipeline = bindArgs(await loading, ref.args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return toWire(failure(studyKey, `Cannot load the pipeline ${key}: ${message}`));
      }
      const result = await runPipelineForStudy(clientFor(rateLimit), studyKey, pipeline, {
        signal: controller.signal,
        ...(studyTimeout === null ? {} : { studyTimeout }),
        ...(options.logger ? { logger: options.logger } : {}),
      });
      // A result must reach the producer intact through JSON: refuse what would not.
      const notJson = result.outcome === 'SUCCESS' ? findNonJson(result.data) : null;
      if (notJson !== null) {
        return toWire(
          failure(studyKey, `The pipeline's result for study ${studyKey} is not JSON: ${notJson}`),
        );
      }
      return toWire(result);
    } finally {
      running.delete(id);
      jobSignal?.removeEventListener('abort', onJobAbort);
    }
  };

  const worker = new Worker<StudyJobData, WireResult>(queueName, runJob, {
    connection: redis,
    prefix,
    concurrency,
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
    ...(options.maxStalledCount ? { maxStalledCount: options.maxStalledCount } : {}),
  });
  await worker.waitUntilReady();
  return Object.freeze({
    worker,
    async close() {
      await worker.close();
      subscriber.disconnect();
      redis.disconnect();
    },
  });
}

function parseCancel(text: string): CancelMessage | null {
  try {
    const message = JSON.parse(text) as CancelMessage;
    return typeof message?.runId === 'string' ? message : null;
  } catch {
    return null;
  }
}

/**
 * Resolves a pipeline's module as a script in the worker's working folder would: relative
 * paths against that folder, package names from its node_modules (so a worker started in a
 * project can load `@imednet/export` or the project's own pipelines package).
 */
function resolveFromWorkingFolder(specifier: string): string {
  const base = pathToFileURL(join(cwd(), 'worker.js'));
  if (specifier.startsWith('.')) return new URL(specifier, base).href;
  try {
    return pathToFileURL(createRequire(base).resolve(specifier)).href;
  } catch {
    return specifier; // an absolute path, a URL, or a package this module itself can see
  }
}

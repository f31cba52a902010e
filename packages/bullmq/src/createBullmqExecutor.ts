import { InvalidInputError } from '@imednet/core';
import {
  type ExecutorRun,
  isPipelineRef,
  type StudyExecutor,
  type StudyResult,
} from '@imednet/orchestrator';
import { Queue, QueueEvents } from 'bullmq';
import { openRedis, type RedisConnection } from './internal/openRedis.ts';
import {
  type CancelMessage,
  cancelChannel,
  DEFAULT_PREFIX,
  type StudyJobData,
} from './internal/studyJob.ts';
import { failure, fromWire } from './internal/wireResult.ts';

/** Options of {@link createBullmqExecutor}. */
export interface BullmqExecutorOptions {
  /** The Redis server the workers also use. */
  connection: RedisConnection;
  /** The queue the workers take studies from (`startWorker({ queueName })`). */
  queueName: string;
  /** BullMQ's key prefix; default `imednet`. Producer and workers must agree. */
  prefix?: string;
}

/**
 * An executor that puts each study on a BullMQ queue in Redis, where workers
 * (`startWorker`, or `imednet worker`) on any machine run it. Give it to `executePipeline`
 * with a pipeline named by module and export; the results come back as the same `Map` of
 * `StudyResult`s the in-process executor gives.
 *
 * Guarantees: every study is run at least once (a study whose worker dies is taken again by
 * another worker, BullMQ's stalled-job recovery) and counted once (the first result wins).
 * Aborting the run, or `failFast`, removes the waiting studies and stops the running ones on
 * their workers. No key travels through Redis: workers build their own client.
 *
 * @throws {InvalidInputError} (from `execute`) when the pipeline is a function, not `{ module, export }`
 * @example
 * const executor = createBullmqExecutor({ connection: 'redis://127.0.0.1:6379', queueName: 'studies' })
 * const results = await executePipeline(client, { module: '/srv/pipelines/count.mjs', export: 'count' }, { executor })
 */
export function createBullmqExecutor(options: BullmqExecutorOptions): StudyExecutor {
  const { connection, queueName, prefix = DEFAULT_PREFIX } = options;
  if (typeof queueName !== 'string' || queueName === '' || queueName.includes(':')) {
    throw new InvalidInputError({
      details: [{ field: 'queueName', message: 'must be a non-empty name without ":"' }],
    });
  }
  return Object.freeze({
    name: `bullmq:${queueName}`,
    async execute<T>(run: ExecutorRun<T>): Promise<void> {
      if (!isPipelineRef(run.pipeline)) {
        throw new InvalidInputError({
          details: [
            {
              field: 'pipeline',
              message:
                'a queue executor needs the pipeline named by module and export ({ module, export }): functions cannot cross machines',
            },
          ],
        });
      }
      if (run.studyKeys.length === 0) return;
      const redis = openRedis(connection);
      const queue = new Queue<StudyJobData>(queueName, { connection: redis, prefix });
      const eventsRedis = openRedis(connection);
      let events: QueueEvents | undefined;
      try {
        // QueueEvents starts reading at '$' (whatever is newest when its first XREAD runs),
        // which can come after a fast worker took a study: that study's events would be lost
        // and the run would wait forever. Start from the stream's newest entry as it is now,
        // before any study is added, so every event of this run is read.
        const lastEventId = await lastStreamId(redis, queue.toKey('events'));
        events = new QueueEvents(queueName, { connection: eventsRedis, prefix, lastEventId });
        await runOnQueue(run, run.pipeline, queue, events, redis, cancelChannel(prefix, queueName));
      } finally {
        await Promise.allSettled([events?.close(), queue.close()]);
        // BullMQ leaves connections it was given open: they are ours to close.
        redis.disconnect();
        eventsRedis.disconnect();
      }
    },
  });
}

async function runOnQueue<T>(
  run: ExecutorRun<T>,
  pipeline: StudyJobData['pipeline'],
  queue: Queue<StudyJobData>,
  events: QueueEvents,
  redis: ReturnType<typeof openRedis>,
  channel: string,
): Promise<void> {
  const runId = crypto.randomUUID();
  const byJob = new Map(run.studyKeys.map((studyKey, i) => [`${runId}-${i}`, studyKey]));
  const pending = new Set(byJob.keys());
  let settle!: () => void;
  const done = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const finish = (jobId: string, result: StudyResult<T>) => {
    const studyKey = byJob.get(jobId);
    if (studyKey === undefined || !pending.delete(jobId)) return;
    run.onFinish(studyKey, result);
    if (pending.size === 0) settle();
  };
  events.on('active', ({ jobId }) => {
    const studyKey = byJob.get(jobId);
    if (studyKey !== undefined && pending.has(jobId)) run.onStart(studyKey);
  });
  events.on('completed', ({ jobId, returnvalue }) => {
    const studyKey = byJob.get(jobId);
    if (studyKey !== undefined) finish(jobId, fromWire<T>(studyKey, returnvalue));
  });
  // A job fails only outside the pipeline (say, its worker died more often than BullMQ allows).
  events.on('failed', ({ jobId, failedReason }) => {
    const studyKey = byJob.get(jobId);
    if (studyKey !== undefined) finish(jobId, failure(studyKey, failedReason));
  });
  // Listen before adding, so no event is missed.
  await events.waitUntilReady();
  const rate = run.client.rateLimiter;
  await queue.addBulk(
    [...byJob].map(([jobId, studyKey]) => ({
      name: 'study',
      data: {
        runId,
        studyKey,
        pipeline,
        studyTimeout: run.studyTimeout ?? null,
        rateLimit: rate ? { requestsPerSecond: rate.requestsPerSecond, burst: rate.burst } : null,
      },
      opts: { jobId, removeOnComplete: true, removeOnFail: true, attempts: 1 },
    })),
  );
  const cancel = async () => {
    const reason = describe(run.signal.reason);
    const message: CancelMessage = { runId, reason };
    await redis.publish(channel, JSON.stringify(message)).catch(() => 0);
    // Waiting studies never start; running ones stop on their workers (the message above).
    await Promise.allSettled([...pending].map((jobId) => queue.remove(jobId)));
    for (const jobId of [...pending]) {
      finish(jobId, failure(byJob.get(jobId) as string, reason, 'CANCELLED'));
    }
  };
  const onAbort = () => void cancel();
  if (run.signal.aborted) await cancel();
  else run.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await done;
  } finally {
    run.signal.removeEventListener('abort', onAbort);
  }
}

/** The id of a stream's newest entry, or `0-0` (before any entry) when it has none. */
async function lastStreamId(redis: ReturnType<typeof openRedis>, key: string): Promise<string> {
  const [newest] = await redis.xrevrange(key, '+', '-', 'COUNT', 1);
  return newest?.[0] ?? '0-0';
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason ?? 'aborted');
}

import type { CommandSpec } from '../cli/commandSpec.ts';
import type { CliContext } from '../cli/context.ts';
import { UsageError } from '../cli/usageError.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { readPositiveInteger } from './readListOptions.ts';

/**
 * `worker --queue <name> --redis <url>`: a BullMQ worker that runs the studies a producer
 * (`executePipeline` or `exportStudies` with `createBullmqExecutor`) puts on the queue, with
 * this machine's own credentials, until Ctrl-C.
 *
 * @throws never
 * @example
 * const command = createWorkerCommand();
 */
export function createWorkerCommand(): CommandSpec {
  return {
    path: ['worker'],
    summary: 'run studies from a BullMQ queue in Redis (scale executePipeline out) until Ctrl-C',
    details:
      'Takes the studies a producer put on the queue and runs their pipelines with this\n' +
      "machine's own IMEDNET_* credentials (keys never travel through Redis). Pipelines are\n" +
      'named by module and export; relative paths resolve against the working folder.',
    arguments: [],
    options: {
      queue: { type: 'string', valueName: '<name>', description: 'the queue name (required)' },
      redis: {
        type: 'string',
        valueName: '<url>',
        description: 'the Redis server, e.g. redis://127.0.0.1:6379 (required)',
      },
      concurrency: { type: 'string', valueName: '<n>', description: 'studies at once (default 4)' },
    },
    examples: ['imednet worker --queue studies --redis redis://10.0.0.5:6379 --concurrency 8'],
    run: runWorker,
  };
}

async function runWorker(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const queueName = context.options.queue;
  const redis = context.options.redis;
  if (typeof queueName !== 'string' || queueName === '') {
    throw new UsageError('--queue <name> is required', path);
  }
  if (typeof redis !== 'string' || !/^rediss?:\/\/./.test(redis)) {
    throw new UsageError('--redis needs a redis:// or rediss:// URL', path);
  }
  const concurrency = readPositiveInteger(context.options.concurrency, '--concurrency', path);
  const { startWorker } = await import('@imednet/bullmq');
  const { client, close } = await createCliClient(context);
  context.out.addSecret(new URL(redis).password || undefined);
  try {
    const worker = await startWorker({
      connection: redis,
      queueName,
      client,
      ...(concurrency === undefined ? {} : { concurrency }),
    });
    let done = 0;
    worker.worker.on('completed', (job) => {
      done++;
      context.out.verbose(`study ${job.data.studyKey} done (${done} so far)\n`);
    });
    context.out.info(`Worker on queue ${queueName}: waiting for studies. Press Ctrl-C to stop.\n`);
    await new Promise<void>((resolve) => {
      if (context.signal.aborted) resolve();
      else context.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await worker.close();
    context.out.info(`Worker stopped after ${done} ${done === 1 ? 'study' : 'studies'}.\n`);
    return 0;
  } finally {
    close();
  }
}

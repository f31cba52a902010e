import { getJob, isJobFailedError, type PollEvent, waitForJob } from '@imednet/jobs';
import type { CommandSpec } from '../cli/command-spec.js';
import type { CliContext } from '../cli/context.js';
import { createCliClient } from '../client/create-cli-client.js';
import { writeObject } from '../output/write-object.js';
import { readDuration } from './read-duration.js';

const JOB_ARGUMENTS = [
  { name: 'studyKey', required: true, description: 'the study key' },
  { name: 'batchId', required: true, description: 'the batch id that `records create` printed' },
] as const;

/**
 * `jobs status` and `jobs wait`.
 *
 * @throws never
 * @example
 * const [status, wait] = createJobsCommands();
 */
export function createJobsCommands(): CommandSpec[] {
  return [
    {
      path: ['jobs', 'status'],
      summary: "show one job's state",
      arguments: JOB_ARGUMENTS,
      options: {},
      examples: ['imednet jobs status MY-STUDY 0b1c2d3e --json'],
      run: runStatus,
    },
    {
      path: ['jobs', 'wait'],
      summary: 'wait until a job ends; exit 1 if it failed',
      arguments: JOB_ARGUMENTS,
      options: {
        timeout: {
          type: 'string',
          valueName: '<duration>',
          description: 'give up after this long (default 5m), e.g. 90s',
        },
        interval: {
          type: 'string',
          valueName: '<duration>',
          description: 'first delay between polls (default 5s)',
        },
      },
      examples: ['imednet jobs wait MY-STUDY 0b1c2d3e --timeout 10m'],
      run: runWait,
    },
  ];
}

async function runStatus(context: CliContext): Promise<number> {
  const [studyKey, batchId] = context.positionals as [string, string];
  const { client, close } = await createCliClient(context);
  try {
    const job = await getJob(client, studyKey, batchId, { signal: context.signal });
    writeObject(
      context.out,
      job as unknown as Record<string, unknown>,
      context.format,
      context.outColors,
    );
    return 0;
  } finally {
    close();
  }
}

async function runWait(context: CliContext): Promise<number> {
  const [studyKey, batchId] = context.positionals as [string, string];
  const timeout = readDuration(context.options.timeout, '--timeout', context.commandPath);
  const interval = readDuration(context.options.interval, '--interval', context.commandPath);
  const { client, close } = await createCliClient(context);
  try {
    const job = await waitForJob(client, studyKey, batchId, {
      signal: context.signal,
      ...(timeout === undefined ? {} : { timeout }),
      ...(interval === undefined ? {} : { interval }),
      onPoll: (event: PollEvent) =>
        context.out.verbose(
          `job ${batchId}: ${event.job.state || '(finished)'} after ${event.attempt} poll(s)\n`,
        ),
    });
    writeObject(
      context.out,
      job as unknown as Record<string, unknown>,
      context.format,
      context.outColors,
    );
    return 0;
  } catch (error) {
    // The final status is still the command's result: print it, then fail.
    if (isJobFailedError(error)) {
      writeObject(
        context.out,
        error.job as unknown as Record<string, unknown>,
        context.format,
        context.outColors,
      );
    }
    throw error;
  } finally {
    close();
  }
}

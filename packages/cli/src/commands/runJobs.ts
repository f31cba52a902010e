import { getJob, isJobFailedError, type PollEvent, waitForJob } from '@imednet/jobs';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { plural } from '../output/plural.ts';
import { writeObject } from '../output/writeObject.ts';
import { readDuration } from './readDuration.ts';

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runStatus(context);
 */
export async function runStatus(context: CliContext): Promise<number> {
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

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runWait(context);
 */
export async function runWait(context: CliContext): Promise<number> {
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
          `job ${batchId}: ${event.job.state || '(finished)'} after ${plural(event.attempt, 'poll')}\n`,
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

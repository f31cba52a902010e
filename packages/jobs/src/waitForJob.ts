import type { Client } from '@imednet/core';
import { computePollDelay, raceAbort, sleep } from '@imednet/core';
import { JobFailedError } from './errors/JobFailedError.ts';
import { JobTimeoutError } from './errors/JobTimeoutError.ts';
import { getJob } from './getJob.ts';
import { classifyJobState } from './internal/jobState.ts';
import { readTimings } from './internal/readTimings.ts';
import { redactJob } from './internal/redactJob.ts';
import type { JobStatus } from './JobStatus.ts';

/** What {@link WaitForJobOptions.onPoll} receives after each answered poll. */
export interface PollEvent {
  studyKey: string;
  batchId: string;
  /** 1 for the first poll. */
  attempt: number;
  job: JobStatus;
  /** Milliseconds since the wait started. */
  elapsedMs: number;
}

/** Options of {@link waitForJob}. Every duration is in milliseconds. */
export interface WaitForJobOptions {
  /** First delay between polls, and the floor of every later one. Default 5000. */
  interval?: number;
  /** Ceiling of the delay between polls. Default 30000. */
  maxInterval?: number;
  /** Deadline for the whole wait, counted from the call. Default 300000. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called after each poll that answered, before the waiter decides what to do next. */
  onPoll?: (event: PollEvent) => void;
}

// The last poll starts a little before the deadline (at most 1 s, less for short waits), so
// that its answer can still arrive in time instead of the waiter giving up on a finished job.
const LAST_POLL_LEAD = 1000;

/**
 * Polls a job until it ends, as a waiter: one poll at once, then exponential backoff with jitter
 * from `interval` up to `maxInterval`, and a last poll just before the `timeout` deadline.
 * States compare without regard to case: COMPLETED, SUCCESS and '' resolve; FAILED and
 * CANCELLED reject. Only one poll is in flight at a time.
 *
 * @returns the final job status
 * @throws {JobFailedError} when the job ends FAILED or CANCELLED (with the final status and the states seen,
 *   the client's keys masked in them)
 * @throws {JobTimeoutError} when the deadline passes with the job still running (last status masked too)
 * @throws the signal's reason, at once, when `signal` aborts (no timer is left behind)
 * @throws {InvalidInputError} for a bad key or option; {ApiError} and friends when a poll fails
 * @example
 * const ref = await createRecords(client, 'STUDY-1', records)
 * const job = await waitForJob(client, 'STUDY-1', ref.batchId, { timeout: 120_000 })
 */
export async function waitForJob(
  client: Client,
  studyKey: string,
  batchId: string,
  options: WaitForJobOptions = {},
): Promise<JobStatus> {
  const { interval, maxInterval, timeout } = readTimings(options);
  const { signal, onPoll } = options;
  const start = Date.now();
  const deadline = start + timeout;
  const lead = Math.min(LAST_POLL_LEAD, interval / 2, timeout / 10);
  const states: string[] = [];
  let last = false;

  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    const job = await raceAbort(getJob(client, studyKey, batchId, { signal }), signal);
    states.push(job.state);
    onPoll?.({ studyKey, batchId, attempt, job, elapsedMs: Date.now() - start });

    const kind = classifyJobState(job.state);
    if (kind === 'success') return job;
    if (kind === 'failure') {
      throw new JobFailedError({ studyKey, batchId, ...redactJob(client, job, states) });
    }

    const remaining = deadline - Date.now();
    if (last || remaining <= 0) {
      throw new JobTimeoutError({ studyKey, batchId, ...redactJob(client, job, states), timeout });
    }
    let delay = computePollDelay(interval, attempt, maxInterval);
    if (delay >= remaining - lead) {
      delay = Math.max(0, remaining - lead);
      last = true;
    }
    await sleep(delay, signal);
  }
}

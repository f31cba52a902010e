import {
  type Client,
  FailFastError,
  type InputIssue,
  InvalidInputError,
  integerIssue,
  linkSignal,
} from '@imednet/core';
import pLimit from 'p-limit';
import { isJobFailedError } from './errors/JobFailedError.ts';
import { isJobTimeoutError } from './errors/JobTimeoutError.ts';
import { readTimings } from './internal/readTimings.ts';
import { requireKey } from './internal/requireKey.ts';
import type { JobStatus } from './JobStatus.ts';
import { type WaitForJobOptions, waitForJob } from './waitForJob.ts';

/** How one job's wait ended. */
export type JobOutcomeKind = 'SUCCESS' | 'FAILED' | 'TIMEOUT' | 'ERROR' | 'CANCELLED';

/** One batch's result from {@link waitForJobs}. */
export interface JobOutcome {
  batchId: string;
  /**
   * SUCCESS: finished well; FAILED: the job ended FAILED or CANCELLED on the server;
   * TIMEOUT: still running at the deadline; ERROR: a poll failed (HTTP, network, validation);
   * CANCELLED: not waited for to the end, because of `signal` or `failFast`.
   */
  outcome: JobOutcomeKind;
  /** The final status (SUCCESS, FAILED) or the last one seen (TIMEOUT); else null. */
  job: JobStatus | null;
  /** Why it did not succeed (JobFailedError, JobTimeoutError, an API error, the abort reason); null on SUCCESS. */
  error: unknown;
}

/** Options of {@link waitForJobs}: those of `waitForJob`, plus how many to wait on at once. */
export interface WaitForJobsOptions extends WaitForJobOptions {
  /** Jobs polled at the same time. Default 4. */
  concurrency?: number;
  /** Stop waiting on the others (CANCELLED) as soon as one does not succeed. Default false. */
  failFast?: boolean;
  /** Called as each job's outcome becomes final, with its position in `batchIds`. */
  onSettled?: (outcome: JobOutcome, index: number) => void;
}

const DEFAULT_CONCURRENCY = 4;

/**
 * Waits for several jobs of one study, at most `concurrency` at a time, and reports each one's
 * outcome in the order given. It never rejects because of one job: failures, timeouts and
 * aborts become outcomes, so no batch is lost.
 *
 * @returns one outcome per batch id, in input order
 * @throws {InvalidInputError} when the study key, a batch id or an option is bad (before any request)
 * @example
 * const outcomes = await waitForJobs(client, 'STUDY-1', [a.batchId, b.batchId], { failFast: true })
 * const failed = outcomes.filter((o) => o.outcome !== 'SUCCESS')
 */
export async function waitForJobs(
  client: Client,
  studyKey: string,
  batchIds: readonly string[],
  options: WaitForJobsOptions = {},
): Promise<JobOutcome[]> {
  const {
    concurrency = DEFAULT_CONCURRENCY,
    failFast = false,
    signal,
    onSettled,
    ...waitOptions
  } = options;
  checkInput(batchIds, concurrency);
  requireKey(studyKey, 'studyKey');
  // Bad timings would otherwise fail every job one by one as ERROR.
  readTimings(waitOptions);
  const link = linkSignal(signal);
  try {
    const limit = pLimit(concurrency);
    return await Promise.all(
      batchIds.map((batchId, index) =>
        limit(async () => {
          const outcome = await settle(client, studyKey, batchId, {
            ...waitOptions,
            signal: link.signal,
          });
          if (failFast && outcome.outcome !== 'SUCCESS' && !link.signal.aborted) {
            link.controller.abort(
              new FailFastError({ source: `job ${batchId}`, outcome: outcome.outcome }),
            );
          }
          onSettled?.(outcome, index);
          return outcome;
        }),
      ),
    );
  } finally {
    link.dispose();
  }
}

async function settle(
  client: Client,
  studyKey: string,
  batchId: string,
  options: WaitForJobOptions & { signal: AbortSignal },
): Promise<JobOutcome> {
  if (options.signal.aborted) {
    return { batchId, outcome: 'CANCELLED', job: null, error: options.signal.reason };
  }
  try {
    const job = await waitForJob(client, studyKey, batchId, options);
    return { batchId, outcome: 'SUCCESS', job, error: null };
  } catch (error) {
    if (isJobFailedError(error)) return { batchId, outcome: 'FAILED', job: error.job, error };
    if (isJobTimeoutError(error)) return { batchId, outcome: 'TIMEOUT', job: error.job, error };
    if (options.signal.aborted) return { batchId, outcome: 'CANCELLED', job: null, error };
    return { batchId, outcome: 'ERROR', job: null, error };
  }
}

function checkInput(batchIds: readonly string[], concurrency: number): void {
  const issues: InputIssue[] = [];
  if (!Array.isArray(batchIds)) {
    issues.push({ field: 'batchIds', message: 'must be an array of batch ids' });
  } else {
    batchIds.forEach((id, index) => {
      if (typeof id !== 'string' || id.trim() === '') {
        issues.push({ index, field: 'batchIds', message: 'must be a non-empty string' });
      }
    });
  }
  const issue = integerIssue(concurrency, 'concurrency', 1);
  if (issue) issues.push(issue);
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
}

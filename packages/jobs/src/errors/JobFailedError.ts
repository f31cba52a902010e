import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';
import type { JobStatus } from '../JobStatus.ts';

/**
 * A job ended in a failure state (FAILED or CANCELLED, any letter case).
 *
 * @example
 * try { await waitForJob(client, 'STUDY', batchId) }
 * catch (e) { if (isJobFailedError(e)) console.log(e.job.state, e.states) }
 */
export class JobFailedError extends ImednetError {
  override readonly code = 'JOB_FAILED' as const;
  override name = 'JobFailedError';
  readonly studyKey: string;
  readonly batchId: string;
  /** The final status, as the server sent it except that the client's keys are masked. */
  readonly job: JobStatus;
  /** Every state seen while waiting, one per poll, in order. */
  readonly states: readonly string[];
  /** The server's reasons for the failure (`job.reasons`), [] when it gave none. */
  readonly reasons: readonly string[];

  constructor(
    init: { studyKey: string; batchId: string; job: JobStatus; states: readonly string[] },
    options?: ImednetErrorOptions,
  ) {
    const reasons = Object.freeze([...(init.job.reasons ?? [])]);
    super(
      `Job ${init.batchId} of study ${init.studyKey} ended in state ${JSON.stringify(init.job.state)}` +
        describeReasons(reasons),
      options,
    );
    this.studyKey = init.studyKey;
    this.batchId = init.batchId;
    this.job = init.job;
    this.states = Object.freeze([...init.states]);
    this.reasons = reasons;
  }
}

/** The first reasons in the message (all of them stay in `reasons`). */
function describeReasons(reasons: readonly string[]): string {
  if (reasons.length === 0) return '';
  const shown = reasons.slice(0, 3).join('; ');
  return `: ${shown}${reasons.length > 3 ? ` (+${reasons.length - 3} more)` : ''}`;
}

/**
 * True for a `JobFailedError` from any copy of this package.
 *
 * @throws never
 * @example
 * if (isJobFailedError(e)) console.log(e.job)
 */
export function isJobFailedError(error: unknown): error is JobFailedError {
  return isImednetError(error, 'JOB_FAILED');
}

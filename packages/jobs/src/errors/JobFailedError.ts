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

  constructor(
    init: { studyKey: string; batchId: string; job: JobStatus; states: readonly string[] },
    options?: ImednetErrorOptions,
  ) {
    super(
      `Job ${init.batchId} of study ${init.studyKey} ended in state ${JSON.stringify(init.job.state)}`,
      options,
    );
    this.studyKey = init.studyKey;
    this.batchId = init.batchId;
    this.job = init.job;
    this.states = Object.freeze([...init.states]);
  }
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

import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';
import type { JobStatus } from '../JobStatus.ts';

/**
 * A job was still running when the waiter's deadline came.
 *
 * @example
 * try { await waitForJob(client, 'STUDY', batchId, { timeout: 60_000 }) }
 * catch (e) { if (isJobTimeoutError(e)) console.log(e.job?.state, e.timeout) }
 */
export class JobTimeoutError extends ImednetError {
  override readonly code = 'JOB_TIMEOUT' as const;
  override name = 'JobTimeoutError';
  readonly studyKey: string;
  readonly batchId: string;
  /** The last status seen, null when no poll answered. */
  readonly job: JobStatus | null;
  /** Every state seen while waiting, one per poll, in order. */
  readonly states: readonly string[];
  /** The deadline that passed, in milliseconds from the start of the wait. */
  readonly timeout: number;

  constructor(
    init: {
      studyKey: string;
      batchId: string;
      job: JobStatus | null;
      states: readonly string[];
      timeout: number;
    },
    options?: ImednetErrorOptions,
  ) {
    const last = init.job ? ` (last state ${JSON.stringify(init.job.state)})` : '';
    super(
      `Job ${init.batchId} of study ${init.studyKey} did not finish within ${init.timeout} ms${last}`,
      options,
    );
    this.studyKey = init.studyKey;
    this.batchId = init.batchId;
    this.job = init.job;
    this.states = Object.freeze([...init.states]);
    this.timeout = init.timeout;
  }
}

/**
 * True for a `JobTimeoutError` from any copy of this package.
 *
 * @throws never
 * @example
 * if (isJobTimeoutError(e)) console.log(e.states)
 */
export function isJobTimeoutError(error: unknown): error is JobTimeoutError {
  return isImednetError(error, 'JOB_TIMEOUT');
}

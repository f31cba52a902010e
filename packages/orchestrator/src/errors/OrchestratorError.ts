import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/**
 * Why the orchestrator stopped or refused a study. In a study's result, `NOT_LISTED` is an
 * `include` key the API does not list, and `PIPELINE_ERROR` stands for a thrown value that
 * cannot be passed on as is (not an `Error`, or a message holding a secret). `WORKER_ERROR`
 * is a study's error from another process (a queue worker): its class, `code` and `status`
 * are in `cause`.
 */
export type OrchestratorErrorReason =
  | 'STUDY_TIMEOUT'
  | 'CANCELLED'
  | 'NOT_LISTED'
  | 'PIPELINE_ERROR'
  | 'WORKER_ERROR';

/**
 * Why the orchestrator stopped a study: it passed `studyTimeout`, or it was cancelled because
 * another study failed (`failFast`). The study's signal aborts with one of these.
 *
 * @example
 * executePipeline(client, async (key, c, { signal }) => {
 *   signal.addEventListener('abort', () => { if (isOrchestratorError(signal.reason)) cleanUp() })
 * })
 */
export class OrchestratorError extends ImednetError {
  override readonly code = 'ORCHESTRATOR_ERROR' as const;
  override name = 'OrchestratorError';
  readonly reason: OrchestratorErrorReason;
  readonly studyKey: string | null;

  constructor(
    message: string,
    init: { reason: OrchestratorErrorReason; studyKey?: string | null },
    options?: ImednetErrorOptions,
  ) {
    super(message, options);
    this.reason = init.reason;
    this.studyKey = init.studyKey ?? null;
  }
}

/**
 * True for an `OrchestratorError` from any copy of this package.
 *
 * @throws never
 * @example
 * if (isOrchestratorError(signal.reason) && signal.reason.reason === 'STUDY_TIMEOUT') stop()
 */
export function isOrchestratorError(error: unknown): error is OrchestratorError {
  return isImednetError(error, 'ORCHESTRATOR_ERROR');
}

import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/**
 * Why the orchestrator stopped or refused a study. In a study's result, `NOT_LISTED` is an
 * `include` key the API does not list, and `PIPELINE_ERROR` stands for a thrown value that
 * cannot be passed on as is (not an `Error`, or a message holding a secret). `WORKER_ERROR`
 * is a study's error from another process (a queue worker): its class, `code` and `status`
 * are in `cause`.
 * `FILTER_CONFLICT` is a {@link FilterConflictError}.
 */
export type OrchestratorErrorReason =
  | 'STUDY_TIMEOUT'
  | 'NOT_LISTED'
  | 'PIPELINE_ERROR'
  | 'WORKER_ERROR'
  | 'FILTER_CONFLICT';

/** Codes of the orchestrator's errors. */
export type OrchestratorErrorCode = 'ORCHESTRATOR_ERROR' | 'FILTER_CONFLICT';

/** What an `OrchestratorError` is built from. */
export interface OrchestratorErrorInit {
  message: string;
  reason: OrchestratorErrorReason;
  studyKey?: string | null;
}

/**
 * Why the orchestrator stopped or refused a study: it passed `studyTimeout` (the study's
 * signal aborts with one), it is not listed, its pipeline threw something that cannot be
 * passed on, or the selection was contradictory ({@link FilterConflictError}).
 * A study cancelled by `failFast` aborts with core's `FailFastError` instead, as jobs do.
 *
 * @example
 * executePipeline(client, async (key, c, { signal }) => {
 *   signal.addEventListener('abort', () => { if (isOrchestratorError(signal.reason)) cleanUp() })
 * })
 */
export class OrchestratorError extends ImednetError {
  override readonly code: OrchestratorErrorCode = 'ORCHESTRATOR_ERROR';
  override name = 'OrchestratorError';
  declare readonly reason: OrchestratorErrorReason;
  declare readonly studyKey: string | null;

  constructor(init: OrchestratorErrorInit, options?: ImednetErrorOptions) {
    super(init.message, options, { reason: init.reason, studyKey: init.studyKey ?? null });
  }
}

/**
 * True for an `OrchestratorError` (a `FilterConflictError` included) from any copy of this package.
 *
 * @throws never
 * @example
 * if (isOrchestratorError(signal.reason) && signal.reason.reason === 'STUDY_TIMEOUT') stop()
 */
export function isOrchestratorError(error: unknown): error is OrchestratorError {
  return isImednetError(error, 'ORCHESTRATOR_ERROR') || isImednetError(error, 'FILTER_CONFLICT');
}

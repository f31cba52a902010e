import { OrchestratorError, type StudyResult } from '@imednet/orchestrator';

/** A study's result as it travels from a worker through Redis: JSON, the error described. */
export interface WireResult {
  outcome: StudyResult<unknown>['outcome'];
  data: unknown;
  message: string | null;
  error: { name: string; code: string | null; status: number | null } | null;
  durationSeconds: number;
}

/** A worker's result for the wire; the message is already masked by the orchestrator. */
export function toWire(result: StudyResult<unknown>): WireResult {
  const { error } = result;
  const fields = error as { code?: unknown; status?: unknown } | null;
  return {
    outcome: result.outcome,
    data: result.data,
    message: result.message,
    error: error && {
      name: error.name,
      code: typeof fields?.code === 'string' ? fields.code : null,
      status: typeof fields?.status === 'number' ? fields.status : null,
    },
    durationSeconds: result.durationSeconds,
  };
}

/** A failure decided on the worker or the producer, before or after the pipeline ran. */
export function failure(
  studyKey: string,
  message: string,
  outcome: 'FAILED' | 'CANCELLED' = 'FAILED',
): StudyResult<never> {
  const error = new OrchestratorError({ message, reason: 'WORKER_ERROR', studyKey });
  return { outcome, data: null, error, message, durationSeconds: 0 };
}

/**
 * The producer's view of a worker's result. An error cannot keep its class across processes:
 * it arrives as an `OrchestratorError` (reason `WORKER_ERROR`) with the same message, and the
 * original class, `code` and `status` in its `cause`.
 */
export function fromWire<T>(studyKey: string, value: unknown): StudyResult<T> {
  const wire = (typeof value === 'string' ? JSON.parse(value) : value) as WireResult | null;
  if (!wire || typeof wire !== 'object' || typeof wire.outcome !== 'string') {
    return failure(studyKey, `The worker returned no result for study ${studyKey}`);
  }
  if (wire.outcome === 'SUCCESS') {
    return { ...wire, data: wire.data as T, error: null, message: null };
  }
  const message = wire.message ?? `Study ${studyKey} ended ${wire.outcome} on a worker`;
  const error = new OrchestratorError(
    { message, reason: 'WORKER_ERROR', studyKey },
    { cause: wire.error },
  );
  return {
    outcome: wire.outcome,
    data: null,
    error,
    message,
    durationSeconds: wire.durationSeconds,
  };
}

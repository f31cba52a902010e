import type { Client } from '@imednet/core';
import type { Logger } from './Logger.ts';

/** What a pipeline receives beside the study key and the client. */
export interface PipelineContext {
  /** Entries carry the study key; silent unless `executePipeline` was given a logger. */
  logger: Logger;
  /** Aborts on the study's timeout, on `failFast`, and when the run's own signal aborts. */
  signal: AbortSignal;
  /** The JSON `args` of a pipeline named by reference (`{ module, export, args }`); else undefined. */
  args?: unknown;
}

/** The work done for one study. */
export type Pipeline<T> = (
  studyKey: string,
  client: Client,
  ctx: PipelineContext,
) => T | Promise<T>;

/** How one study ended (the same words as jobs' `JobOutcomeKind`). */
export type StudyOutcomeKind = 'SUCCESS' | 'FAILED' | 'CANCELLED';

/** One study's result. */
export interface StudyResult<T> {
  outcome: StudyOutcomeKind;
  /** The pipeline's value on SUCCESS; else null. */
  data: T | null;
  /**
   * Why it failed or was cancelled, as thrown: its class, `code` and `status` kept, so the
   * guards (`isServerError(result.error)`, ...) work on it. A thrown value that is not an
   * `Error`, or one whose message holds a secret of the client, comes as an
   * `OrchestratorError` (reason `PIPELINE_ERROR`) with the masked text. Null on SUCCESS.
   */
  error: Error | null;
  /** The printable reason: the error's message, every secret of the client masked; null on SUCCESS. */
  message: string | null;
  /** From the study's own start (not from when it was queued); 0 when it never started. */
  durationSeconds: number;
}

/** What `onProgress` receives when a study starts and when it ends. */
export interface PipelineProgress<T> {
  type: 'start' | 'finish';
  studyKey: string;
  /** The study's result on 'finish'; null on 'start'. */
  result: StudyResult<T> | null;
  /** Studies finished so far, this one included. */
  completed: number;
  /** Studies running now. */
  running: number;
  total: number;
}

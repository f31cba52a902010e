import {
  type Client,
  FailFastError,
  type InputIssue,
  InvalidInputError,
  integerIssue,
  linkSignal,
} from '@imednet/core';
import { OrchestratorError } from './errors/OrchestratorError.ts';
import { createInProcessExecutor } from './executors/createInProcessExecutor.ts';
import { checkPipelineRef, isPipelineRef } from './executors/loadPipeline.ts';
import type { PipelineRef, StudyExecutor } from './executors/types.ts';
import { createStudyLogger } from './internal/createStudyLogger.ts';
import { describeReason } from './internal/describeReason.ts';
import { type StudySelection, selectStudies } from './internal/selectStudies.ts';
import type { Logger } from './Logger.ts';
import type { Pipeline, PipelineProgress, StudyResult } from './types.ts';

/** Options of {@link executePipeline}. Durations in milliseconds. */
export interface ExecutePipelineOptions<T> extends StudySelection {
  /** Studies in flight at most. Default 4, as the Python SDK. */
  concurrency?: number;
  /** Per study, from its own start: its signal aborts and it ends FAILED, freeing its slot. */
  studyTimeout?: number;
  /** The first FAILED study cancels the others (queued ones never start). Default false. */
  failFast?: boolean;
  /** Aborting cancels the queued studies and signals the running ones (all CANCELLED). */
  signal?: AbortSignal;
  onProgress?: (event: PipelineProgress<T>) => void;
  /** Where the per-study loggers write; silent when not given. */
  logger?: Logger;
  /**
   * Where the studies run: this process by default ({@link createInProcessExecutor}), or a
   * queue's workers (`createBullmqExecutor` of `@imednet/bullmq`, which needs the pipeline
   * named by module and export). The results are the same either way.
   */
  executor?: StudyExecutor;
}

const DEFAULT_CONCURRENCY = 4;

/**
 * Runs `pipeline` once per study, at most `concurrency` at a time, and returns one result per
 * study in the resolved order (API order, then `include` keys the API does not list, which are
 * FAILED). A failing or hanging study never stops the others unless `failFast` is set. Each
 * study gets its own signal and a logger that puts its key on every entry.
 *
 * @returns a Map from study key to {@link StudyResult}; a Map keeps numeric-looking keys in order
 * @throws {FilterConflictError} when both `include` and `exclude` are non-empty (before any request)
 * @throws {InvalidInputError} for a bad option
 * @throws the signal's reason when it aborts before the studies are listed; listing errors (ApiError, ...)
 * @example
 * const results = await executePipeline(client, (key, c, { signal }) => listSubjects(c, key, undefined, { signal }), { concurrency: 8 })
 * for (const [key, r] of results) console.log(key, r.outcome, r.durationSeconds)
 */
export async function executePipeline<T>(
  client: Client,
  pipeline: Pipeline<T> | PipelineRef,
  options: ExecutePipelineOptions<T> = {},
): Promise<Map<string, StudyResult<T>>> {
  const { concurrency = DEFAULT_CONCURRENCY, studyTimeout, failFast = false } = options;
  checkOptions(pipeline, concurrency, studyTimeout);
  const { keys, missing } = await selectStudies(client, options);
  const results = new Map<string, StudyResult<T>>();
  const total = keys.length + missing.length;
  let completed = 0;
  let running = 0;
  const started = new Set<string>();
  const progress = (type: 'start' | 'finish', studyKey: string, result: StudyResult<T> | null) => {
    try {
      options.onProgress?.({ type, studyKey, result, completed, running, total });
    } catch (error) {
      // A broken progress callback must not break the studies themselves.
      createStudyLogger(client, studyKey, options.logger).warn('onProgress threw', {
        error: describeReason(client, error, studyKey).message,
      });
    }
  };

  const run = linkSignal(options.signal);
  const finish = (studyKey: string, result: StudyResult<T>): void => {
    if (results.has(studyKey)) return; // an executor may report a study twice (at-least-once)
    results.set(studyKey, result);
    completed++;
    progress('finish', studyKey, result);
    if (failFast && result.outcome === 'FAILED' && !run.signal.aborted) {
      run.controller.abort(new FailFastError({ source: `study ${studyKey}` }));
    }
  };

  try {
    for (const studyKey of missing) {
      const message = `Study ${studyKey} is in include but the API does not list it for these credentials`;
      const error = new OrchestratorError({ message, reason: 'NOT_LISTED', studyKey });
      finish(studyKey, { outcome: 'FAILED', data: null, error, message, durationSeconds: 0 });
    }
    const executor = options.executor ?? createInProcessExecutor();
    await executor.execute({
      client,
      pipeline,
      studyKeys: keys,
      concurrency,
      studyTimeout,
      signal: run.signal,
      loggerFor: (studyKey) => createStudyLogger(client, studyKey, options.logger),
      onStart: (studyKey) => {
        if (results.has(studyKey)) return;
        running++;
        started.add(studyKey);
        progress('start', studyKey, null);
      },
      onFinish: (studyKey, result) => {
        if (results.has(studyKey)) return;
        if (started.delete(studyKey)) running--;
        finish(studyKey, result);
      },
    });
    for (const studyKey of keys) {
      if (results.has(studyKey)) continue;
      const message = `The ${executor.name} executor ended without a result for study ${studyKey}`;
      const error = new OrchestratorError({ message, reason: 'PIPELINE_ERROR', studyKey });
      finish(studyKey, { outcome: 'FAILED', data: null, error, message, durationSeconds: 0 });
    }
  } finally {
    run.dispose();
  }
  // Insertion order above is completion order; rebuild in the resolved order.
  return new Map([...keys, ...missing].map((key) => [key, results.get(key) as StudyResult<T>]));
}

function checkOptions(pipeline: unknown, concurrency: unknown, studyTimeout: unknown): void {
  const issues: InputIssue[] = [];
  if (isPipelineRef(pipeline)) checkPipelineRef(pipeline);
  else if (typeof pipeline !== 'function') {
    issues.push({ field: 'pipeline', message: 'must be a function or { module, export }' });
  }
  const concurrencyIssue = integerIssue(concurrency, 'concurrency', 1);
  if (concurrencyIssue) issues.push(concurrencyIssue);
  if (
    studyTimeout !== undefined &&
    (typeof studyTimeout !== 'number' || !Number.isFinite(studyTimeout) || studyTimeout <= 0)
  ) {
    issues.push({ field: 'studyTimeout', message: 'must be a finite number of milliseconds > 0' });
  }
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
}

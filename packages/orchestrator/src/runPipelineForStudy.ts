import type { Client } from '@imednet/core';
import { createStudyLogger } from './internal/createStudyLogger.ts';
import { runStudy } from './internal/runStudy.ts';
import type { Logger } from './Logger.ts';
import type { Pipeline, StudyResult } from './types.ts';

/** Options of {@link runPipelineForStudy}. Durations in milliseconds. */
export interface RunPipelineForStudyOptions {
  /** Aborting ends the study CANCELLED (the pipeline's signal aborts too). */
  signal?: AbortSignal;
  /** From the study's start: its signal aborts and it ends FAILED. */
  studyTimeout?: number;
  /** Where the study's logger writes (its key on every entry, secrets masked). */
  logger?: Logger;
}

/**
 * Runs a pipeline for one study exactly as `executePipeline` does (own signal, timeout, masked
 * errors) and returns its result; it never rejects. Executors on other processes (queue
 * workers) use it so that a study ends the same way wherever it runs.
 *
 * @example
 * const result = await runPipelineForStudy(client, 'STUDY-1', count, { studyTimeout: 60_000 })
 * if (result.outcome === 'SUCCESS') console.log(result.data)
 */
export function runPipelineForStudy<T>(
  client: Client,
  studyKey: string,
  pipeline: Pipeline<T>,
  options: RunPipelineForStudyOptions = {},
): Promise<StudyResult<T>> {
  return runStudy(studyKey, {
    client,
    pipeline,
    logger: createStudyLogger(client, studyKey, options.logger),
    signal: options.signal ?? new AbortController().signal,
    studyTimeout: options.studyTimeout,
    onStart: () => {},
  });
}

import type { Client } from '@imednet/core';
import type { Logger } from '../Logger.ts';
import type { Pipeline, StudyResult } from '../types.ts';

/**
 * A pipeline named by module and export, so that another process (a queue worker on another
 * machine) can load it: closures cannot cross machines. `args` travels with it as JSON and
 * reaches the pipeline as `ctx.args`.
 */
export interface PipelineRef {
  /** A package specifier or an absolute path or URL; a relative path is resolved by the loader. */
  module: string;
  /** The export that holds the pipeline function; default `default`. */
  export?: string;
  /** JSON-serialisable arguments for the pipeline. */
  args?: unknown;
}

/** One run of many studies, as an executor receives it from `executePipeline`. */
export interface ExecutorRun<T> {
  client: Client;
  pipeline: Pipeline<T> | PipelineRef;
  /** The studies to run, in the resolved order. */
  studyKeys: readonly string[];
  /** Studies in flight at most (an in-process executor's bound; a queue's workers set their own). */
  concurrency: number;
  studyTimeout: number | undefined;
  /** Aborts on the caller's signal and on `failFast`: queued studies never start, running ones stop. */
  signal: AbortSignal;
  /** The logger for one study (its key on every entry, secrets masked). */
  loggerFor(studyKey: string): Logger;
  /** Called when a study starts running. */
  onStart(studyKey: string): void;
  /** Called once per study with its result; later calls for the same study are ignored. */
  onFinish(studyKey: string, result: StudyResult<T>): void;
}

/**
 * Where `executePipeline` runs its studies: in this process (the default,
 * {@link createInProcessExecutor}) or on a queue's workers (`@imednet/bullmq`). Whichever runs
 * them, the caller gets the same `Map` of results.
 */
export interface StudyExecutor {
  /** For logs and errors. */
  readonly name: string;
  /** Runs every study of `run` and reports each through `onFinish`; resolves when all have. */
  execute<T>(run: ExecutorRun<T>): Promise<void>;
}

import type { Client } from '@imednet/core';
import { executePipeline, type Pipeline } from '@imednet/orchestrator';
import type { CliContext } from '../cli/context.ts';
import { createProgress } from '../output/createProgress.ts';
import { createPipelineLogger } from './createPipelineLogger.ts';

/** One line of the pipeline's output. */
export interface PipelineRow extends Record<string, unknown> {
  studyKey: string;
  outcome: string;
  durationSeconds: number;
  error: string | null;
  data: unknown;
}

/**
 * Runs a pipeline through the orchestrator with a progress line, and flattens its result
 * map into rows in the resolved study order. Shared by `pipeline run` and `demo`.
 *
 * @throws OrchestratorError and friends when the studies cannot be resolved
 * @example
 * const rows = await runOverStudies(context, client, pipeline, {});
 */
export async function runOverStudies(
  context: CliContext,
  client: Client,
  pipeline: Pipeline<unknown>,
  options: {
    include?: string[] | undefined;
    exclude?: string[] | undefined;
    concurrency?: number | undefined;
    /** False when the caller draws its own progress line (export shows rows, not studies). */
    progress?: boolean;
  },
): Promise<PipelineRow[]> {
  const progress = createProgress({
    stream: context.io.stderr,
    label: 'pipeline',
    enabled: options.progress !== false && context.io.stderr.isTTY === true && !context.flags.quiet,
    redact: context.out.redact,
  });
  try {
    const results = await executePipeline(client, pipeline, {
      signal: context.signal,
      logger: createPipelineLogger(context.out),
      onProgress: (event) =>
        progress.update(event.completed, event.total, `studies (${event.running} running)`),
      ...(options.include === undefined ? {} : { include: options.include }),
      ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    });
    return [...results].map(([studyKey, result]) => ({
      studyKey,
      outcome: result.outcome,
      durationSeconds: result.durationSeconds,
      error: result.message,
      data: result.data,
    }));
  } finally {
    progress.finish();
  }
}

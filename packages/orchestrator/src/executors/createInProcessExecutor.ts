import pLimit from 'p-limit';
import { runStudy } from '../internal/runStudy.ts';
import type { Pipeline } from '../types.ts';
import { isPipelineRef, loadPipeline } from './loadPipeline.ts';
import type { ExecutorRun, StudyExecutor } from './types.ts';

/**
 * The default executor: runs the studies in this process, at most `concurrency` at a time
 * (p-limit). A pipeline named by reference is imported here first.
 *
 * @example
 * await executePipeline(client, pipeline, { executor: createInProcessExecutor() })
 */
// @__NO_SIDE_EFFECTS__
export function createInProcessExecutor(): StudyExecutor {
  return Object.freeze({
    name: 'in-process',
    async execute<T>(run: ExecutorRun<T>): Promise<void> {
      const pipeline: Pipeline<T> = isPipelineRef(run.pipeline)
        ? bindArgs(await loadPipeline<T>(run.pipeline), run.pipeline.args)
        : run.pipeline;
      const limit = pLimit(run.concurrency);
      await Promise.all(
        run.studyKeys.map((studyKey) =>
          limit(async () => {
            const result = await runStudy(studyKey, {
              client: run.client,
              pipeline,
              logger: run.loggerFor(studyKey),
              signal: run.signal,
              studyTimeout: run.studyTimeout,
              onStart: () => run.onStart(studyKey),
            });
            run.onFinish(studyKey, result);
          }),
        ),
      );
    },
  });
}

/** Passes a reference's JSON args to the pipeline as `ctx.args`. */
export function bindArgs<T>(pipeline: Pipeline<T>, args: unknown): Pipeline<T> {
  if (args === undefined) return pipeline;
  return (studyKey, client, ctx) => pipeline(studyKey, client, { ...ctx, args });
}

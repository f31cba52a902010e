import type { Client } from '@imednet/core';
import { executePipeline, type Pipeline } from '@imednet/orchestrator';
import type { CommandSpec } from '../cli/command-spec.js';
import type { CliContext } from '../cli/context.js';
import { createCliClient } from '../client/create-cli-client.js';
import { createProgress } from '../output/create-progress.js';
import { writeItems } from '../output/write-items.js';
import { createPipelineLogger } from './create-pipeline-logger.js';
import { loadPipelineModule } from './load-pipeline-module.js';
import { readPositiveInteger } from './read-list-options.js';

/**
 * `pipeline run <module>`: runs a module's default export over the studies through the
 * orchestrator and prints one result per study; exits 1 when any study failed.
 *
 * @throws never
 * @example
 * const command = createPipelineCommand();
 */
export function createPipelineCommand(): CommandSpec {
  return {
    path: ['pipeline', 'run'],
    summary: "run a pipeline module's default export over every study (or those chosen)",
    details:
      'The module (JavaScript, e.g. count.mjs) exports a function as default:\n' +
      '  export default async (studyKey, client, { signal, logger }) => ({ ... })\n' +
      "It is called once per study, several at a time; its return value is the study's data.",
    arguments: [{ name: 'module', required: true, description: 'path to the pipeline module' }],
    options: {
      include: {
        type: 'string',
        multiple: true,
        valueName: '<studyKey>',
        description: 'only these studies (comma-separated lists allowed)',
      },
      exclude: {
        type: 'string',
        multiple: true,
        valueName: '<studyKey>',
        description: 'skip these studies',
      },
      concurrency: { type: 'string', valueName: '<n>', description: 'studies at once' },
    },
    examples: [
      'imednet pipeline run ./count-subjects.mjs --exclude OLD-STUDY --concurrency 2 --json',
    ],
    run: runPipeline,
  };
}

async function runPipeline(context: CliContext): Promise<number> {
  const concurrency = readPositiveInteger(
    context.options.concurrency,
    '--concurrency',
    context.commandPath,
  );
  const include = splitKeys(context.options.include);
  const exclude = splitKeys(context.options.exclude);
  const pipeline = (await loadPipelineModule(
    context.positionals[0]!,
    context.io.cwd,
  )) as Pipeline<unknown>;
  const { client, close } = await createCliClient(context);
  try {
    const results = await runOverStudies(context, client, pipeline, {
      include,
      exclude,
      concurrency,
    });
    await writeItems(context.out, results, { format: context.format, colors: context.outColors });
    const failed = results.filter((result) => result.status !== 'SUCCESS');
    if (failed.length === 0) return 0;
    context.out.error(
      `imednet: error: ${failed.length} of ${results.length} studies did not succeed: ${failed
        .map((result) => `${result.studyKey} (${result.error ?? result.status})`)
        .join(', ')}\n`,
    );
    return 1;
  } finally {
    close();
  }
}

/** One line of the pipeline's output. */
export interface PipelineRow extends Record<string, unknown> {
  studyKey: string;
  status: string;
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
  },
): Promise<PipelineRow[]> {
  const progress = createProgress({
    stream: context.io.stderr,
    label: 'pipeline',
    enabled: context.io.stderr.isTTY === true && !context.flags.quiet,
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
      status: result.status,
      durationSeconds: result.durationSeconds,
      error: result.error,
      data: result.data,
    }));
  } finally {
    progress.finish();
  }
}

function splitKeys(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
  const keys = list.map((key) => key.trim()).filter((key) => key !== '');
  return keys.length > 0 ? keys : undefined;
}

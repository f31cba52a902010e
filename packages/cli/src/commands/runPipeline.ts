import type { Pipeline } from '@imednet/orchestrator';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { plural } from '../output/plural.ts';
import { writeItems } from '../output/writeItems.ts';
import { loadPipelineModule } from './loadPipelineModule.ts';
import { readPositiveInteger } from './readListOptions.ts';
import { runOverStudies } from './runOverStudies.ts';

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runPipeline(context);
 */
export async function runPipeline(context: CliContext): Promise<number> {
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
    const failed = results.filter((result) => result.outcome !== 'SUCCESS');
    if (failed.length === 0) return 0;
    context.out.error(
      `imednet: error: ${failed.length} of ${plural(results.length, 'study', 'studies')} did not succeed: ${failed
        .map((result) => `${result.studyKey} (${result.error ?? result.outcome})`)
        .join(', ')}\n`,
    );
    return 1;
  } finally {
    close();
  }
}

function splitKeys(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
  const keys = list.map((key) => key.trim()).filter((key) => key !== '');
  return keys.length > 0 ? keys : undefined;
}

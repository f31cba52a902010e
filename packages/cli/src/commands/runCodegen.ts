import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkStudyModule, describeStudyChange, generateStudyModule } from '@imednet/codegen';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { plural } from '../output/plural.ts';

function fileOption(context: CliContext, name: string): string | undefined {
  const value = context.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new UsageError({
      message: `--${name} needs a file path`,
      commandPath: context.commandPath,
    });
  }
  return resolve(context.io.cwd, value);
}

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for --out with --check or a bad --generated-at; API and file errors
 * @example
 * process.exitCode = await runCodegen(context);
 */
export async function runCodegen(context: CliContext): Promise<number> {
  const studyKey = context.positionals[0]!;
  const out = fileOption(context, 'out');
  const check = fileOption(context, 'check');
  if (out !== undefined && check !== undefined) {
    throw new UsageError({
      message: 'give --out or --check, not both',
      commandPath: context.commandPath,
    });
  }
  const generatedAt = context.options['generated-at'];
  if (generatedAt !== undefined && Number.isNaN(Date.parse(String(generatedAt)))) {
    throw new UsageError({
      message: '--generated-at needs a date, e.g. 2025-01-31',
      commandPath: context.commandPath,
    });
  }
  const source = check === undefined ? undefined : await readFile(check, 'utf8');
  const { client, close } = await createCliClient(context);
  try {
    if (source !== undefined) {
      const result = await checkStudyModule(client, studyKey, source, { signal: context.signal });
      if (context.format === 'json' || context.format === 'ndjson') {
        context.out.data(`${JSON.stringify(result)}\n`);
      } else if (result.upToDate) {
        context.out.info(`${check}: up to date with study ${studyKey}\n`);
      } else {
        context.out.data(result.changes.map((c) => `${describeStudyChange(c)}\n`).join(''));
        context.out.error(
          `${check}: study ${studyKey} changed (${plural(result.changes.length, 'change')}); regenerate with --out\n`,
        );
      }
      return result.upToDate ? 0 : 1;
    }
    const text = await generateStudyModule(client, studyKey, {
      signal: context.signal,
      ...(generatedAt === undefined ? {} : { generatedAt: String(generatedAt) }),
    });
    if (out === undefined) {
      context.out.data(text);
    } else {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text, { signal: context.signal });
      const forms = (text.match(/^export const \w+Form = \{$/gm) ?? []).length;
      context.out.info(`wrote ${out}: ${plural(forms, 'form')} of study ${studyKey}\n`);
    }
    return 0;
  } finally {
    close();
  }
}

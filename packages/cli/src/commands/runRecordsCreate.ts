import { resolve } from 'node:path';
import { type BatchResult, submitRecords } from '@imednet/jobs';
import type { RecordInput } from '@imednet/resources';
import type { CliContext } from '../cli/context.ts';
import { formatErrorLine } from '../cli/formatError.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { RecordsInvalidError } from '../errors/RecordsInvalidError.ts';
import { UsageError } from '../errors/UsageError.ts';
import { createProgress } from '../output/createProgress.ts';
import { plural } from '../output/plural.ts';
import { writeItems } from '../output/writeItems.ts';
import { readRecordsFile } from '../records/readRecordsFile.ts';
import { readDuration } from './readDuration.ts';
import { readPositiveInteger } from './readListOptions.ts';

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runCreate(context);
 */
export async function runCreate(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const studyKey = context.positionals[0]!;
  const file = context.options.file;
  if (typeof file !== 'string' || file === '')
    throw new UsageError({ message: '--file <path> is required', commandPath: path });
  const emailNotify = readEmailNotify(context.options['email-notify'], path);
  const batchSize = readPositiveInteger(context.options['batch-size'], '--batch-size', path);
  const timeout = readDuration(context.options.timeout, '--timeout', path);
  const wait = context.options.wait === true;
  const records = await readRecordsFile(resolve(context.io.cwd, file));
  const { client, close } = await createCliClient(context);
  try {
    if (context.options['skip-validation'] !== true)
      await validate(context, client, studyKey, records);
    const progress = createProgress({
      stream: context.io.stderr,
      label: 'records',
      enabled: context.io.stderr.isTTY === true && !context.flags.quiet,
      redact: context.out.redact,
    });
    let batches: BatchResult[];
    try {
      batches = await submitRecords(client, studyKey, records, {
        wait,
        signal: context.signal,
        ...(emailNotify === undefined ? {} : { emailNotify }),
        ...(batchSize === undefined ? {} : { batchSize }),
        ...(timeout === undefined ? {} : { timeout }),
        onProgress: (event) => progress.update(event.settled, event.total, 'batches done'),
      });
    } finally {
      progress.finish();
    }
    context.signal.throwIfAborted();
    await writeItems(context.out, batches.map(summarize), {
      format: context.format,
      colors: context.outColors,
      fullColumns: ['error'],
    });
    const bad = batches.filter(
      (batch) => batch.outcome !== 'SUCCESS' && batch.outcome !== 'SUBMITTED',
    );
    if (bad.length === 0) {
      if (!wait && context.format === 'table') {
        context.out.info(`Submitted. Follow a job with: imednet jobs wait ${studyKey} <batchId>\n`);
      }
      return 0;
    }
    context.out.error(
      `imednet: error: ${bad.length} of ${plural(batches.length, 'batch', 'batches')} did not succeed\n`,
    );
    for (const batch of bad) {
      const why =
        batch.error === null || batch.error === undefined
          ? batch.outcome
          : formatErrorLine(batch.error);
      context.out.error(`  batch ${batch.index}: ${why}\n`);
    }
    return 1;
  } finally {
    close();
  }
}

async function validate(
  context: CliContext,
  client: import('@imednet/core').Client,
  studyKey: string,
  records: readonly RecordInput[],
): Promise<void> {
  const { validateRecords } = await import('@imednet/workflows');
  const result = await validateRecords(client, studyKey, records, { signal: context.signal });
  if (result.valid) return;
  const shown = result.issues.slice(0, 20);
  for (const issue of shown) {
    context.out.error(`  record ${issue.index}: ${issue.field}: ${issue.message}\n`);
  }
  if (result.issues.length > shown.length)
    context.out.error(`  ... and ${result.issues.length - shown.length} more\n`);
  throw new RecordsInvalidError(
    `${plural(result.issues.length, 'problem')} in ${plural(new Set(result.issues.map((issue) => issue.index)).size, 'record')}; nothing was sent`,
  );
}

function summarize(batch: BatchResult): Record<string, unknown> {
  return {
    batch: batch.index,
    records: batch.records.length,
    batchId: batch.jobRef?.batchId ?? null,
    jobId: batch.jobRef?.jobId ?? null,
    state: batch.job?.state ?? batch.jobRef?.state ?? null,
    outcome: batch.outcome,
    error: batch.error === null || batch.error === undefined ? null : formatErrorLine(batch.error),
  };
}

function readEmailNotify(value: unknown, path: readonly string[]): boolean | string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return text;
  throw new UsageError({
    message: `--email-notify must be true, false or an e-mail address, not '${text}'`,
    commandPath: path,
  });
}

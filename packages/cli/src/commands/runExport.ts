import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Client } from '@imednet/core';
import {
  type DatasetJsonEncoding,
  type ExportFormat,
  type ExportProgress,
  type ExportStudyResult,
  exportStudies,
  exportStudy,
  FORMAT_EXTENSIONS,
  sanitizeName,
} from '@imednet/export';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { createProgress, type Progress } from '../output/createProgress.ts';
import { plural } from '../output/plural.ts';
import { writeItems } from '../output/writeItems.ts';
import { createPipelineLogger } from './createPipelineLogger.ts';
import { readPositiveInteger } from './readListOptions.ts';
import { readStudyChoice } from './readStudyChoice.ts';

const FORMATS = Object.keys(FORMAT_EXTENSIONS) as ExportFormat[];

interface ExportPlan {
  format: ExportFormat;
  out: string;
  /** Unset when not asked for: each format has its default (xlsx is one sheet per form). */
  byForm: true | undefined;
  labels: boolean;
  encoding: DatasetJsonEncoding | undefined;
  layout: 'wide' | 'long';
  forms: string[] | undefined;
  variables: string[] | undefined;
  pageSize: number | undefined;
}

const ENCODINGS: readonly DatasetJsonEncoding[] = ['json', 'ndjson', 'dsjc'];

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API, job and file errors
 * @example
 * process.exitCode = await runExport(context);
 */
export async function runExport(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const { studyKey, all } = readStudyChoice(context);
  if (!all && (context.options.include !== undefined || context.options.exclude !== undefined)) {
    throw new UsageError({
      message: '--include and --exclude go with --all-studies',
      commandPath: path,
    });
  }
  const plan = readPlan(context);
  const concurrency = readPositiveInteger(context.options.concurrency, '--concurrency', path);
  const { client, close } = await createCliClient(context);
  const terminal = context.io.stderr.isTTY === true;
  const progress = createProgress({
    stream: context.io.stderr,
    label: 'export',
    // A bar on a terminal; plain lines in a log, so a long export shows it is alive.
    enabled: terminal && !context.flags.quiet,
    lines: !terminal && !context.flags.quiet,
    unit: 'rows',
    redact: context.out.redact,
  });
  try {
    if (!all) {
      const target = await targetFor(plan, studyKey!);
      const result = await exportStudy(client, studyKey!, {
        ...studyOptions(context, plan, progress),
        out: target,
      });
      progress.finish();
      await writeItems(context.out, [summarize(result)], {
        format: context.format,
        colors: context.outColors,
      });
      return 0;
    }
    return await exportAll(context, client, plan, progress, concurrency);
  } finally {
    progress.finish();
    close();
  }
}

async function exportAll(
  context: CliContext,
  client: Client,
  plan: ExportPlan,
  progress: Progress,
  concurrency: number | undefined,
): Promise<number> {
  const results = await exportStudies(client, {
    ...studyOptions(context, plan, progress),
    out: plan.out,
    logger: createPipelineLogger(context.out),
    ...optional('include', splitList(context.options.include)),
    ...optional('exclude', splitList(context.options.exclude)),
    ...optional('concurrency', concurrency),
  });
  const rows = [...results].map(([studyKey, result]) => ({ studyKey, ...result }));
  progress.finish();
  // Every row has every field (null where a study failed), so CSV and tables line up.
  const summaries = rows.map((row) => ({
    ...(row.outcome === 'SUCCESS'
      ? summarize(row.data!)
      : { studyKey: row.studyKey, format: plan.format, rows: null, tables: null, files: [] }),
    outcome: row.outcome,
    error: row.message,
  }));
  await writeItems(context.out, summaries, { format: context.format, colors: context.outColors });
  const failed = rows.filter((row) => row.outcome !== 'SUCCESS');
  if (failed.length === 0) return 0;
  context.out.error(
    `imednet: error: ${failed.length} of ${plural(rows.length, 'study', 'studies')} ${failed.length === 1 ? 'was' : 'were'} not exported: ${failed
      .map((row) => `${row.studyKey} (${row.message ?? row.outcome})`)
      .join(', ')}\n`,
  );
  return 1;
}

function studyOptions(context: CliContext, plan: ExportPlan, progress: Progress) {
  return {
    format: plan.format,
    ...optional('byForm', plan.byForm),
    labels: plan.labels,
    layout: plan.layout,
    ...optional('forms', plan.forms),
    ...optional('variables', plan.variables),
    ...optional('pageSize', plan.pageSize),
    ...optional('datasetJson', plan.encoding && { encoding: plan.encoding }),
    signal: context.signal,
    onProgress: ({ studyKey, table, totalRows, expectedRows }: ExportProgress) =>
      progress.update(totalRows, expectedRows, `${studyKey} (${table})`),
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined (exact optional properties). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readPlan(context: CliContext): ExportPlan {
  const path = context.commandPath;
  const out = context.options.out;
  if (typeof out !== 'string' || out.trim() === '')
    throw new UsageError({ message: '--out <path> is required', commandPath: path });
  const given = context.options.format;
  const guessed = Object.entries(FORMAT_EXTENSIONS).find(
    ([, ext]) => extname(out).toLowerCase() === ext,
  )?.[0];
  const named = typeof given === 'string' ? given.toLowerCase() : undefined;
  // `excel` is what the Python SDK's CLI calls it.
  const format = (named === 'excel' ? 'xlsx' : (named ?? guessed)) as ExportFormat | undefined;
  if (format === undefined) {
    throw new UsageError({
      message: `--format is required (${FORMATS.join(', ')}) when --out has no such extension`,
      commandPath: path,
    });
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError({
      message: `--format must be one of ${FORMATS.join(', ')}, not '${String(given)}'`,
      commandPath: path,
    });
  }
  const layout = readLayout(context);
  if (layout === 'long' && format === 'dataset-json') {
    throw new UsageError({
      message: 'dataset-json is one dataset per form; it has no long layout',
      commandPath: path,
    });
  }
  const pageSize = readPositiveInteger(context.options['page-size'], '--page-size', path);
  if (pageSize !== undefined && pageSize > 500) {
    throw new UsageError({
      message: `--page-size must be at most 500, not ${pageSize}`,
      commandPath: path,
    });
  }
  const variables = [
    ...(splitList(context.options.variables) ?? []),
    ...(splitList(context.options.vars) ?? []),
  ];
  return {
    format,
    out: resolve(context.io.cwd, out),
    byForm: context.options['by-form'] === true ? true : undefined,
    labels: context.options.labels === true,
    encoding: readEncoding(context, format),
    layout,
    forms: splitList(context.options.forms),
    variables: variables.length > 0 ? variables : undefined,
    pageSize,
  };
}

function readLayout(context: CliContext): 'wide' | 'long' {
  if (context.options['long-format'] === true) return 'long';
  const given = context.options.layout;
  if (given === undefined) return 'wide';
  const layout = String(given).toLowerCase();
  if (layout !== 'wide' && layout !== 'long') {
    throw new UsageError({
      message: `--layout must be wide or long, not '${String(given)}'`,
      commandPath: context.commandPath,
    });
  }
  return layout;
}

function readEncoding(context: CliContext, format: ExportFormat): DatasetJsonEncoding | undefined {
  const given = context.options.encoding;
  if (given === undefined) return undefined;
  const path = context.commandPath;
  if (format !== 'dataset-json') {
    throw new UsageError({
      message: '--encoding goes with --format dataset-json',
      commandPath: path,
    });
  }
  const encoding = String(given).toLowerCase() as DatasetJsonEncoding;
  if (!ENCODINGS.includes(encoding)) {
    throw new UsageError({
      message: `--encoding must be one of ${ENCODINGS.join(', ')}, not '${String(given)}'`,
      commandPath: path,
    });
  }
  return encoding;
}

/** Where one study goes: --out itself, or `<studyKey>.<ext>` inside it when it is a folder. */
async function targetFor(plan: ExportPlan, studyKey: string): Promise<string> {
  // Per-form files and Dataset-JSON go into the --out folder itself.
  if ((plan.byForm || plan.format === 'dataset-json') && !isDatabaseFormat(plan.format)) {
    return plan.out;
  }
  const existing = await stat(plan.out).catch(() => undefined);
  return existing?.isDirectory()
    ? join(
        plan.out,
        `${sanitizeName(studyKey)}${FORMAT_EXTENSIONS[plan.format as keyof typeof FORMAT_EXTENSIONS]}`,
      )
    : plan.out;
}

/** Formats that write one file holding every table (a database, or a workbook of sheets). */
function isDatabaseFormat(format: ExportFormat): boolean {
  return format === 'sqlite' || format === 'duckdb' || format === 'xlsx';
}

function summarize(result: ExportStudyResult): Record<string, unknown> {
  return {
    studyKey: result.studyKey,
    format: result.format,
    rows: result.rows,
    // A database counts its tables (a workbook its sheets); a file format writes one file per table.
    tables: isDatabaseFormat(result.format) ? result.tables.length : result.files.length,
    files: result.files,
  };
}

function splitList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const keys = (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((key) => key.trim())
    .filter((key) => key !== '');
  return keys.length > 0 ? keys : undefined;
}

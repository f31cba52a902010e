import { join } from 'node:path';
import type { Client } from '@imednet/core';
import {
  type ExecutePipelineOptions,
  executePipeline,
  findNonJson,
  resolveStudies,
  type StudyResult,
} from '@imednet/orchestrator';
import { ExportError } from '../errors/ExportError.ts';
import { sanitizeName } from '../names/sanitizeName.ts';
import { sanitizeNames } from '../names/sanitizeNames.ts';
import { checkFormat, FORMAT_EXTENSIONS, isFileFormat } from './exportFormat.ts';
import { type ExportStudyOptions, type ExportStudyResult, exportStudy } from './exportStudy.ts';

/** Options of {@link exportStudies}. */
export interface ExportStudiesOptions
  extends Omit<ExportStudyOptions, 'out' | 'signal'>,
    Pick<
      ExecutePipelineOptions<ExportStudyResult>,
      'include' | 'exclude' | 'concurrency' | 'studyTimeout' | 'failFast' | 'logger' | 'executor'
    > {
  /**
   * The folder that receives one file per study (`<studyKey>.<ext>`), or one folder per
   * study for a file format with `byForm` and for Dataset-JSON (`<studyKey>/<formKey>.<ext>`). Study keys are
   * sanitised and kept distinct.
   */
  readonly out: string;
  /** Cancels the studies not yet finished (CANCELLED); their output is not left behind. */
  readonly signal?: AbortSignal;
  /** Called when a study starts and finishes (the orchestrator's progress). */
  readonly onStudy?: ExecutePipelineOptions<ExportStudyResult>['onProgress'];
}

/**
 * Exports many studies, each with {@link exportStudy}, through the orchestrator's
 * `executePipeline`: at most `concurrency` at a time, one result per study (a failing
 * study does not stop the others unless `failFast`), each study's output atomic.
 *
 * @returns a Map from study key to its result, in the resolved order.
 * @throws {ExportError} for a bad option (before any request).
 * @throws {FilterConflictError} when both `include` and `exclude` are given.
 * @throws {ApiError} and the other core errors when the studies cannot be listed.
 * @example
 * const results = await exportStudies(client, { format: 'sqlite', out: 'exports', concurrency: 2 });
 * for (const [key, r] of results) console.log(key, r.outcome, r.data?.rows);
 */
export async function exportStudies(
  client: Client,
  options: ExportStudiesOptions,
): Promise<Map<string, StudyResult<ExportStudyResult>>> {
  const format = checkFormat(options?.format);
  if (typeof options.out !== 'string' || options.out === '') {
    throw new ExportError('exportStudies needs an `out` folder');
  }
  if (format === 'postgres') {
    throw new ExportError(
      "exportStudies writes one file per study; export each study to PostgreSQL with exportStudy (format: 'postgres')",
    );
  }
  const {
    out,
    include,
    exclude,
    concurrency,
    studyTimeout,
    failFast,
    logger,
    onStudy,
    signal,
    executor,
  } = options;
  const selection = {
    ...(include === undefined ? {} : { include }),
    ...(exclude === undefined ? {} : { exclude }),
  };
  // Names are fixed from the whole list up front, so clashes resolve the same way every run.
  const listed = await resolveStudies(client, { ...selection, ...(signal ? { signal } : {}) });
  const keys = [...listed, ...[...(include ?? [])].filter((key) => !listed.includes(key))];
  const names = new Map(sanitizeNames(keys).map((name, i) => [keys[i]!, name]));
  const folder = format === 'dataset-json' || (isFileFormat(format) && options.byForm);
  const suffix = folder ? '' : FORMAT_EXTENSIONS[format];
  const args: ExportStudyArgs = {
    options: studyOptions(options),
    out,
    names: Object.fromEntries(names),
    suffix,
  };
  return executePipeline<ExportStudyResult>(
    client,
    // Another process (a queue's worker) needs the pipeline by name and its arguments as JSON;
    // in this process the closure keeps the caller's callbacks (onProgress).
    executor === undefined || executor.name === 'in-process'
      ? (studyKey, studyClient, context) =>
          exportStudy(studyClient, studyKey, {
            ...options,
            ...studyTarget(args, studyKey),
            signal: context.signal,
          })
      : { module: '@imednet/export', export: 'exportStudyPipeline', args },
    {
      ...(executor === undefined ? {} : { executor }),
      ...selection,
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(studyTimeout === undefined ? {} : { studyTimeout }),
      ...(failFast === undefined ? {} : { failFast }),
      ...(logger === undefined ? {} : { logger }),
      ...(onStudy === undefined ? {} : { onProgress: onStudy }),
      ...(signal === undefined ? {} : { signal }),
    },
  );
}

/** What an export pipeline on another process needs, as JSON. */
interface ExportStudyArgs {
  options: Omit<ExportStudyOptions, 'out' | 'signal' | 'onProgress'>;
  out: string;
  names: Record<string, string>;
  suffix: string;
}

function studyTarget(args: ExportStudyArgs, studyKey: string): { out: string } {
  return { out: join(args.out, (args.names[studyKey] ?? sanitizeName(studyKey)) + args.suffix) };
}

// The orchestrator's own options and what only this process can use stay behind.
const LOCAL_ONLY = new Set([
  'out',
  'signal',
  'onProgress',
  'onStudy',
  'executor',
  'logger',
  'include',
  'exclude',
  'concurrency',
  'studyTimeout',
  'failFast',
]);

/** The options every study's export shares, without what cannot cross to another process. */
function studyOptions(options: ExportStudiesOptions): ExportStudyArgs['options'] {
  const shared = Object.fromEntries(
    Object.entries(options).filter(
      ([name, value]) =>
        !LOCAL_ONLY.has(name) && value !== undefined && typeof value !== 'function',
    ),
  );
  return shared as unknown as ExportStudyArgs['options'];
}

/**
 * The pipeline `exportStudies` names when its studies run on another process (a queue
 * worker given `@imednet/export`): exports one study into the shared `out` folder.
 *
 * @throws {ExportError} when the arguments are not those `exportStudies` sends
 * @example
 * // Run by a worker; a caller uses exportStudies(client, { format: 'csv', out, executor }).
 */
export function exportStudyPipeline(
  studyKey: string,
  client: Client,
  context: { signal: AbortSignal; args?: unknown },
): Promise<ExportStudyResult> {
  const args = context.args as ExportStudyArgs | undefined;
  if (!args || typeof args.out !== 'string' || findNonJson(args) !== null) {
    throw new ExportError('exportStudyPipeline needs the arguments exportStudies sends');
  }
  return exportStudy(client, studyKey, {
    ...args.options,
    ...studyTarget(args, studyKey),
    signal: context.signal,
  });
}

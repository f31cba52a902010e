import { join } from 'node:path';
import type { Client } from '@imednet/core';
import {
  type ExecutePipelineOptions,
  executePipeline,
  resolveStudies,
  type StudyResult,
} from '@imednet/orchestrator';
import { ExportError } from '../errors.ts';
import { sanitizeName } from '../names/sanitizeName.ts';
import { sanitizeNames } from '../names/sanitizeNames.ts';
import { checkFormat, FORMAT_EXTENSIONS, isFileFormat } from './exportFormat.ts';
import { type ExportStudyOptions, type ExportStudyResult, exportStudy } from './exportStudy.ts';

/** Options of {@link exportStudies}. */
export interface ExportStudiesOptions
  extends Omit<ExportStudyOptions, 'out' | 'signal'>,
    Pick<
      ExecutePipelineOptions<ExportStudyResult>,
      'include' | 'exclude' | 'concurrency' | 'studyTimeout' | 'failFast' | 'logger'
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
 * for (const [key, r] of results) console.log(key, r.status, r.data?.rows);
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
  const { out, include, exclude, concurrency, studyTimeout, failFast, logger, onStudy, signal } =
    options;
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
  return executePipeline<ExportStudyResult>(
    client,
    (studyKey, studyClient, context) =>
      exportStudy(studyClient, studyKey, {
        ...options,
        out: join(out, (names.get(studyKey) ?? sanitizeName(studyKey)) + suffix),
        signal: context.signal,
      }),
    {
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

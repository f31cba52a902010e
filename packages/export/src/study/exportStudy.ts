import { dirname } from 'node:path';
import type { Client } from '@imednet/core';
import { listRecordsPage } from '@imednet/resources';
import { iterateFormTables, openLongTable, openRecordTable } from '@imednet/workflows';
import { isExactColumnsError } from '../errors/ExactColumnsError.ts';
import { ExportError } from '../errors/ExportError.ts';
import { makeOutputDir } from '../internal/makeOutputDir.ts';
import { sanitizeName } from '../names/sanitizeName.ts';
import type { TableSource, WriteOptions, WriteProgress } from '../types.ts';
import { writeXlsx } from '../xlsx/writeXlsx.ts';
import { type DatasetJsonExportOptions, exportDatasetJson } from './exportDatasetJson.ts';
import {
  checkFormat,
  type ExportFormat,
  type FormatOptions,
  isFileFormat,
} from './exportFormat.ts';
import { writeDatabaseTables } from './writeDatabaseTables.ts';
import { writeFileTables } from './writeFileTables.ts';

/** Options of {@link exportStudy}. */
export interface ExportStudyOptions extends FormatOptions {
  readonly format: ExportFormat;
  /**
   * Where to write: a file path, or a folder for a file format with `byForm` (one file per
   * form, `<formKey>.<ext>`). SQLite, DuckDB and XLSX always write one file; Dataset-JSON
   * always a folder of datasets, one per form. For `'postgres'`, the connection string of
   * the database (`postgres://user:password@host/db`), written in one transaction.
   */
  readonly out: string;
  /** Dataset-JSON: the encoding (`'json'`, `'ndjson'` or `'dsjc'`) and the originator. */
  readonly datasetJson?: DatasetJsonExportOptions;
  /**
   * One table (or file, or sheet) per form instead of one wide table. Default false, but
   * true for `'xlsx'` (one sheet per form).
   */
  readonly byForm?: boolean;
  /**
   * `'wide'` (default): one row per record, one column per variable. `'long'`: one row per
   * record and variable (recordId, subjectKey, formKey, variable, label, value).
   */
  readonly layout?: 'wide' | 'long';
  /** Name variable columns by label instead of variable name. */
  readonly labels?: boolean;
  /** Form keys to export, in order; default every form. */
  readonly forms?: readonly string[];
  /** Variable names to export; default every variable of the chosen forms. */
  readonly variables?: readonly string[];
  /** Records per request (at most 500); default the mapper's. */
  readonly pageSize?: number;
  /** Stops the export; nothing is left at `out` (the promise rejects with the reason). */
  readonly signal?: AbortSignal;
  /** Called every `progressInterval` rows (default 1000) and at the end of each table. */
  readonly onProgress?: (progress: ExportProgress) => void;
  readonly progressInterval?: number;
}

/** What `onProgress` receives. */
export interface ExportProgress {
  readonly studyKey: string;
  /** The table or file being written: `records`, `records_long`, or a form key. */
  readonly table: string;
  /** Rows written to this table so far. */
  readonly rows: number;
  /** Rows written over the whole study so far. */
  readonly totalRows: number;
  /**
   * The rows the export should end with, for a progress bar: the records the API holds for
   * the chosen forms but those flagged deleted (which are not written), from the paging
   * figures of two one-record requests made when the export starts (only when `onProgress`
   * is given), so every event carries it. Exact unless records change during the export, in
   * the wide and per-form layouts; null in the long layout (a row per value), for
   * Dataset-JSON, and when those requests failed.
   */
  readonly expectedRows: number | null;
}

/** What {@link exportStudy} resolves to. */
export interface ExportStudyResult {
  readonly studyKey: string;
  readonly format: ExportFormat;
  /** The files written (for a database, its one file). */
  readonly files: readonly string[];
  /**
   * The database tables or workbook sheets written (split tables as their parts); empty
   * for file formats.
   */
  readonly tables: readonly string[];
  readonly rows: number;
}

/**
 * Streams one study's records into CSV, NDJSON, JSON, Parquet, SQLite, DuckDB, Excel or CDISC
 * Dataset-JSON 1.1 (one dataset per form, see the README for the columns), through
 * the record mapper of `@imednet/workflows`, with memory bounded by one batch of rows.
 * Output is atomic: everything is written under temporary names and renamed into place at
 * the end, so a failed or aborted export leaves no file that looks complete. Form keys
 * become file and table names through {@link sanitizeName}, kept distinct.
 *
 * @throws {ExportError} for a bad option or a value a typed column cannot hold.
 * @throws {InvalidInputError} for a form or variable that is not in the study.
 * @throws {ApiError} and the other core errors when a request fails.
 * @throws the signal's reason when aborted.
 * @example
 * const result = await exportStudy(client, 'STUDY-1', { format: 'parquet', out: 'study.parquet' });
 * console.log(result.rows, result.files);
 */
export async function exportStudy(
  client: Client,
  studyKey: string,
  options: ExportStudyOptions,
): Promise<ExportStudyResult> {
  const format = checkFormat(options?.format);
  if (typeof options.out !== 'string' || options.out === '') {
    throw new ExportError('exportStudy needs an `out` path');
  }
  const layout = options.layout ?? 'wide';
  if (layout !== 'wide' && layout !== 'long') {
    throw new ExportError(`Unknown layout ${JSON.stringify(layout)}; use 'wide' or 'long'`);
  }
  if (layout === 'long' && options.byForm) {
    throw new ExportError('The long layout is one table; it cannot be split by form');
  }
  if (format === 'dataset-json') {
    if (layout === 'long') {
      throw new ExportError('Dataset-JSON is one dataset per form; it has no long layout');
    }
    const { onProgress: _, ...rest } = options;
    const written = await exportDatasetJson(client, studyKey, {
      ...rest,
      ...formatOptionsOf(options),
      ...progressOf(studyKey, options),
    });
    return { studyKey, format, files: written.files, tables: [], rows: written.rows };
  }
  return { studyKey, ...(await exportTables(client, studyKey, options, format, layout)) };
}

/** {@link exportStudy} for every format but Dataset-JSON. */
async function exportTables(
  client: Client,
  studyKey: string,
  options: ExportStudyOptions,
  format: Exclude<ExportFormat, 'dataset-json'>,
  layout: 'wide' | 'long',
): Promise<Omit<ExportStudyResult, 'studyKey'>> {
  // A workbook is one sheet per form unless asked otherwise: a wide study outgrows a sheet.
  const byForm = options.byForm ?? (format === 'xlsx' && layout === 'wide');
  // One small request first, so that every progress event carries the total.
  const expected =
    layout === 'wide' && options.onProgress ? await countRecords(client, studyKey, options) : null;
  const writeOptions = { ...formatOptionsOf(options), ...progressOf(studyKey, options, expected) };
  let exactColumns = options.exactColumns ?? [];
  for (;;) {
    try {
      const tables = studyTables(client, studyKey, { ...options, byForm }, layout);
      return await writeStudy(format, options.out, tables, byForm, {
        ...writeOptions,
        ...(exactColumns.length === 0 ? {} : { exactColumns }),
      });
    } catch (error) {
      // A typed writer met numbers beyond its column types and read on to name every such
      // column: the study is read and written once more, those columns as exact text.
      // Nothing was left behind (the writers are atomic).
      if (!isExactColumnsError(error) || !REWRITTEN.has(format)) throw error;
      const more = error.columns.filter((c) => !exactColumns.includes(c));
      if (more.length === 0) throw error;
      exactColumns = [...exactColumns, ...more];
    }
  }
}

/** The formats whose writers take `exactColumns`. */
const REWRITTEN: ReadonlySet<ExportFormat> = new Set(['parquet', 'sqlite', 'duckdb', 'postgres']);

/** One write of the study's tables in a format other than Dataset-JSON. */
async function writeStudy(
  format: Exclude<ExportFormat, 'dataset-json'>,
  out: string,
  tables: AsyncIterable<TableSource>,
  byForm: boolean,
  writeOptions: WriteOptions & FormatOptions,
): Promise<Omit<ExportStudyResult, 'studyKey'>> {
  if (isFileFormat(format)) {
    if (!byForm) await makeOutputDir(dirname(out));
    const written = await writeFileTables(
      format,
      tables,
      { path: out, perTable: byForm },
      writeOptions,
    );
    return { format, files: written.files, tables: [], rows: written.rows };
  }
  if (format === 'xlsx') {
    await makeOutputDir(dirname(out));
    const written = await writeXlsx(out, tables, writeOptions);
    return { format, files: [out], tables: written.sheets, rows: written.rows };
  }
  if (format !== 'postgres') await makeOutputDir(dirname(out));
  const written = await writeDatabaseTables(format, out, tables, writeOptions);
  // A connection string is not a file (and may hold a password).
  const files = format === 'postgres' ? [] : [out];
  return { format, files, tables: written.tables, rows: written.rows };
}

async function* studyTables(
  client: Client,
  studyKey: string,
  options: ExportStudyOptions,
  layout: 'wide' | 'long',
): AsyncGenerator<TableSource> {
  const mapper = {
    ...(options.forms === undefined ? {} : { forms: options.forms }),
    ...(options.variables === undefined ? {} : { variables: options.variables }),
    ...(options.labels === undefined ? {} : { labels: options.labels }),
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  if (layout === 'long') {
    yield { name: 'records_long', ...(await openLongTable(client, studyKey, mapper)) };
  } else if (!options.byForm) {
    yield { name: 'records', ...(await openRecordTable(client, studyKey, mapper)) };
  } else {
    for await (const table of iterateFormTables(client, studyKey, mapper)) {
      yield { name: sanitizeName(table.formKey), columns: table.columns, rows: table.rows };
    }
  }
}

function formatOptionsOf(options: ExportStudyOptions): FormatOptions {
  return {
    ...(options.formulaGuard === undefined ? {} : { formulaGuard: options.formulaGuard }),
    ...(options.bom === undefined ? {} : { bom: options.bom }),
    ...(options.invalidValues === undefined ? {} : { invalidValues: options.invalidValues }),
  };
}

/**
 * The records of the chosen forms the export will write, from the paging figures of two
 * one-record pages (all of them, and those flagged deleted, which the export skips): what a
 * progress bar needs as its total. Null when the server gives no figure or a request fails
 * (the export itself reports its own errors).
 */
async function countRecords(
  client: Client,
  studyKey: string,
  options: ExportStudyOptions,
): Promise<number | null> {
  const forms = options.forms === undefined ? {} : { formKey: [...options.forms] };
  const count = async (filters: object) => {
    const page = await listRecordsPage(client, studyKey, filters, {
      page: 0,
      pageSize: 1,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return page.totalElements;
  };
  try {
    const [all, deleted] = await Promise.all([count(forms), count({ ...forms, deleted: true })]);
    return all === null || deleted === null ? null : all - deleted;
  } catch {
    return null;
  }
}

/** Adds the study key, the running total and the expected rows to the writers' progress. */
function progressOf(
  studyKey: string,
  options: ExportStudyOptions,
  expectedRows: number | null = null,
): WriteOptions {
  const report = options.onProgress;
  const base: WriteOptions = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.progressInterval === undefined
      ? {}
      : { progressInterval: options.progressInterval }),
  };
  if (!report) return base;
  let done = 0;
  let current: WriteProgress = { rows: 0, table: '' };
  return {
    ...base,
    onProgress(progress) {
      if (progress.table !== current.table) done += current.rows;
      current = progress;
      report({
        studyKey,
        table: progress.table ?? '',
        rows: progress.rows,
        totalRows: done + progress.rows,
        expectedRows,
      });
    },
  };
}

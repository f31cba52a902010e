import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Client } from '@imednet/core';
import type { RowSource, TableSource, WriteOptions, WriteProgress } from '@imednet/export';
import { createFileBatch } from './create-file-batch.js';
import { EXPORT_EXTENSIONS, type ExportFormat, isDatabaseFormat } from './export-formats.js';

/** Options of {@link exportStudy}. */
export interface ExportStudyOptions {
  format: ExportFormat;
  /** The output file; with `byForm` and a file format, the output folder. */
  target: string;
  /** One table (file, or database table) per form instead of one wide table. */
  byForm: boolean;
  /** Name variable columns by label instead of variable name. */
  labels: boolean;
  signal: AbortSignal;
  onProgress?: (progress: { studyKey: string; table?: string; rows: number }) => void;
}

/** What {@link exportStudy} wrote. */
export interface ExportStudyResult {
  studyKey: string;
  format: ExportFormat;
  /** Files written (a database counts as one). */
  files: string[];
  rows: number;
  tables: number;
}

/**
 * Streams one study's records into files: a wide table (one row per record, one column
 * per variable) or, with `byForm`, one table per form; CSV, NDJSON, JSON and Parquet write
 * a file per table, SQLite and DuckDB one database. Nothing appears at the target until
 * everything is written: a failure or Ctrl-C leaves no partial file.
 *
 * @throws ExportError and API errors from the packages below; the signal's reason on abort;
 *   an Error naming the missing package when DuckDB support is not installed
 * @example
 * await exportStudy(client, 'S1', { format: 'csv', target: 'out/S1', byForm: true, labels: false, signal });
 */
export async function exportStudy(
  client: Client,
  studyKey: string,
  options: ExportStudyOptions,
): Promise<ExportStudyResult> {
  const workflows = await import('@imednet/workflows');
  const mapOptions = { labels: options.labels, signal: options.signal };
  const writeOptions: WriteOptions = {
    signal: options.signal,
    onProgress: (progress: WriteProgress) =>
      options.onProgress?.({
        studyKey,
        rows: progress.rows,
        ...(progress.table === undefined ? {} : { table: progress.table }),
      }),
  };
  if (isDatabaseFormat(options.format)) {
    const tables: AsyncIterable<TableSource> = options.byForm
      ? mapFormTables(workflows.iterateFormTables(client, studyKey, mapOptions))
      : oneTable(workflows.iterateRecordRows(client, studyKey, mapOptions));
    await mkdir(dirname(options.target), { recursive: true });
    const write = await loadDatabaseWriter(options.format);
    const result = await write(options.target, tables, writeOptions);
    return {
      studyKey,
      format: options.format,
      files: [options.target],
      rows: result.rows,
      tables: result.tables.length,
    };
  }
  const batch = createFileBatch();
  const files: string[] = [];
  let rows = 0;
  try {
    if (options.byForm) {
      await mkdir(options.target, { recursive: true });
      const taken = new Set<string>();
      for await (const table of workflows.iterateFormTables(client, studyKey, mapOptions)) {
        const name = uniqueName(safeFileName(table.formKey), taken);
        const path = join(options.target, `${name}${EXPORT_EXTENSIONS[options.format]}`);
        rows += await writeTableFile(options.format, table, batch.add(path), writeOptions);
        files.push(path);
      }
    } else {
      await mkdir(dirname(options.target), { recursive: true });
      const table = await workflows.iterateRecordRows(client, studyKey, mapOptions);
      rows += await writeTableFile(options.format, table, batch.add(options.target), writeOptions);
      files.push(options.target);
    }
    await batch.commit();
  } catch (error) {
    await batch.discard();
    throw error;
  }
  return { studyKey, format: options.format, files, rows, tables: files.length };
}

async function writeTableFile(
  format: Exclude<ExportFormat, 'sqlite' | 'duckdb'>,
  source: RowSource,
  path: string,
  options: WriteOptions,
): Promise<number> {
  const exporter = await import('@imednet/export');
  const writer = {
    csv: exporter.writeCsv,
    ndjson: exporter.writeNdjson,
    json: exporter.writeJson,
    parquet: exporter.writeParquet,
  }[format];
  const stream = createWriteStream(path, { flags: 'wx' });
  try {
    const result = await writer(source, stream, options);
    return result.rows;
  } catch (error) {
    await destroy(stream);
    throw error;
  }
}

type DatabaseWriter = (
  path: string,
  tables: AsyncIterable<TableSource>,
  options: WriteOptions,
) => Promise<{ rows: number; tables: readonly string[] }>;

async function loadDatabaseWriter(format: 'sqlite' | 'duckdb'): Promise<DatabaseWriter> {
  if (format === 'sqlite') return (await import('@imednet/export')).writeSqlite;
  try {
    return (await import('@imednet/export/duckdb')).writeDuckDb;
  } catch (error) {
    throw new Error(
      'DuckDB export needs the optional package @duckdb/node-api: npm install @duckdb/node-api',
      {
        cause: error,
      },
    );
  }
}

async function* mapFormTables(
  tables: AsyncIterable<{ formKey: string } & RowSource>,
): AsyncGenerator<TableSource> {
  for await (const table of tables)
    yield { name: table.formKey, columns: table.columns, rows: table.rows };
}

async function* oneTable(source: Promise<RowSource>): AsyncGenerator<TableSource> {
  const table = await source;
  yield { name: 'records', columns: table.columns, rows: table.rows };
}

function destroy(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

/** A name not yet taken (compared without case, as some file systems do): `AE`, `AE_2`, ... */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${name}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * A key (form or study) as a file name: anything but letters, digits, `.`, `_` and `-`
 * becomes `_`, and a leading dot too, so that no name can climb out of its folder.
 *
 * @throws never
 * @example
 * safeFileName('../AE 1'); // '_._AE_1'
 */
export function safeFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe === '' ? '_' : safe;
}

import type { Writable } from 'node:stream';
import { writeCsv } from '../csv/writeCsv.ts';
import { ExportError } from '../errors/ExportError.ts';
import { writeJson } from '../json/writeJson.ts';
import { writeNdjson } from '../json/writeNdjson.ts';
import { writeParquet } from '../parquet/writeParquet.ts';
import type { RowSource, WriteOptions, WriteResult } from '../types.ts';

/** The formats `exportStudy` writes. */
export type ExportFormat =
  | 'csv'
  | 'ndjson'
  | 'json'
  | 'parquet'
  | 'sqlite'
  | 'duckdb'
  | 'xlsx'
  | 'postgres'
  | 'dataset-json';

/** Formats written as one file per table (the others are databases holding tables). */
export type FileFormat = 'csv' | 'ndjson' | 'json' | 'parquet';

/**
 * The file extension of each format, dot included. Dataset-JSON writes a folder of datasets,
 * each `.json` (the default encoding), `.ndjson` or `.dsjc`.
 */
export const FORMAT_EXTENSIONS: Readonly<Record<Exclude<ExportFormat, 'postgres'>, string>> = {
  csv: '.csv',
  ndjson: '.ndjson',
  json: '.json',
  parquet: '.parquet',
  sqlite: '.sqlite',
  duckdb: '.duckdb',
  xlsx: '.xlsx',
  'dataset-json': '.json',
};

/** Format options `exportStudy` passes on to the writers. */
export interface FormatOptions {
  /** CSV: neutralise formula-like text cells (default true). */
  readonly formulaGuard?: boolean;
  /** CSV: start with a UTF-8 byte order mark (default false). */
  readonly bom?: boolean;
  /**
   * Parquet, DuckDB and Dataset-JSON: `'error'` (default) or `'null'` for a value its column
   * cannot hold.
   */
  readonly invalidValues?: 'error' | 'null';
  /**
   * Parquet, SQLite and DuckDB: number columns to write as text of their exact digits
   * (PostgreSQL: as NUMERIC), for numbers beyond a double or a 64-bit integer (see the README). `exportStudy` finds such
   * columns by itself; naming them here only saves it a second read of the study.
   */
  readonly exactColumns?: readonly string[];
}

/** Checks a format name given at run time (say, from a command line). */
export function checkFormat(format: unknown): ExportFormat {
  // PostgreSQL has no file extension: `out` is a connection string.
  if (format === 'postgres') return format;
  if (typeof format === 'string' && Object.hasOwn(FORMAT_EXTENSIONS, format)) {
    return format as ExportFormat;
  }
  throw new ExportError(
    `Unknown export format ${JSON.stringify(format)}; use one of ${[...Object.keys(FORMAT_EXTENSIONS), 'postgres'].join(', ')}`,
  );
}

export function isFileFormat(format: ExportFormat): format is FileFormat {
  return (
    format !== 'sqlite' &&
    format !== 'duckdb' &&
    format !== 'xlsx' &&
    format !== 'postgres' &&
    format !== 'dataset-json'
  );
}

/** Writes one table to a stream in a file format. */
export function writeFileFormat(
  format: FileFormat,
  source: RowSource,
  out: Writable,
  options: WriteOptions & FormatOptions,
): Promise<WriteResult> {
  switch (format) {
    case 'csv':
      return writeCsv(source, out, options);
    case 'ndjson':
      return writeNdjson(source, out, options);
    case 'json':
      return writeJson(source, out, options);
    default:
      return writeParquet(source, out, options);
  }
}

/** The formats `imednet export` writes. */
export const EXPORT_FORMATS = ['csv', 'ndjson', 'json', 'parquet', 'sqlite', 'duckdb'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name extension of each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: '.csv',
  ndjson: '.ndjson',
  json: '.json',
  parquet: '.parquet',
  sqlite: '.sqlite',
  duckdb: '.duckdb',
};

/**
 * Whether a format writes a database file (one file, one table per form) rather than one
 * file per table.
 *
 * @throws never
 * @example
 * isDatabaseFormat('sqlite'); // true
 */
export function isDatabaseFormat(format: ExportFormat): format is 'sqlite' | 'duckdb' {
  return format === 'sqlite' || format === 'duckdb';
}

export { neutralizeFormula } from './csv/neutralize-formula.js';
export { type CsvOptions, writeCsv } from './csv/write-csv.js';
export { ExportError, isExportError } from './errors.js';
export { writeJson } from './json/write-json.js';
export { type JsonOptions, writeNdjson } from './json/write-ndjson.js';
export { sanitizeName } from './names/sanitize-name.js';
export { sanitizeNames } from './names/sanitize-names.js';
export { type ParquetOptions, writeParquet } from './parquet/write-parquet.js';
export { type SqliteOptions, type SqliteResult, writeSqlite } from './sqlite/write-sqlite.js';
export {
  type SqliteTableOptions,
  type SqliteTableResult,
  writeSqliteTable,
} from './sqlite/write-sqlite-table.js';
export {
  type ExportFormat,
  FORMAT_EXTENSIONS,
  type FormatOptions,
} from './study/export-format.js';
export { type ExportStudiesOptions, exportStudies } from './study/export-studies.js';
export {
  type ExportProgress,
  type ExportStudyOptions,
  type ExportStudyResult,
  exportStudy,
} from './study/export-study.js';
export type {
  ColumnType,
  ExportColumn,
  ExportRow,
  ExportValue,
  RowSource,
  TableSource,
  WriteOptions,
  WriteProgress,
  WriteResult,
} from './types.js';

export { MAX_SQLITE_COLUMNS, MAX_XLSX_COLUMNS, MAX_XLSX_ROWS } from './constants.ts';
export { neutralizeFormula } from './csv/neutralizeFormula.ts';
export { type CsvOptions, writeCsv } from './csv/writeCsv.ts';
export {
  type DatasetJsonInput,
  type DatasetJsonReader,
  type ReadDatasetJsonOptions,
  readDatasetJson,
} from './datasetJson/readDatasetJson.ts';
export type {
  DatasetJsonColumn,
  DatasetJsonDataType,
  DatasetJsonEncoding,
  DatasetJsonMetadata,
  DatasetJsonRow,
  DatasetJsonSource,
  DatasetJsonSourceSystem,
  DatasetJsonValue,
} from './datasetJson/types.ts';
export {
  DATASET_JSON_VERSION,
  type DatasetJsonOptions,
  type DatasetJsonWriteResult,
  writeDatasetJson,
} from './datasetJson/writeDatasetJson.ts';
export {
  DatasetJsonError,
  type DatasetJsonErrorInit,
  isDatasetJsonError,
} from './errors/DatasetJsonError.ts';
export {
  ExactColumnsError,
  type ExactColumnsErrorInit,
  isExactColumnsError,
} from './errors/ExactColumnsError.ts';
export { ExportError, isExportError } from './errors/ExportError.ts';
export { writeJson } from './json/writeJson.ts';
export { type JsonOptions, writeNdjson } from './json/writeNdjson.ts';
export { sanitizeName } from './names/sanitizeName.ts';
export { sanitizeNames } from './names/sanitizeNames.ts';
export { type ParquetOptions, writeParquet } from './parquet/writeParquet.ts';
export type { SqliteDatabase, SqliteStatement } from './sqlite/sqliteDatabase.ts';
export { type SqliteOptions, type SqliteResult, writeSqlite } from './sqlite/writeSqlite.ts';
export {
  type SqliteTableOptions,
  type SqliteTableResult,
  writeSqliteTable,
} from './sqlite/writeSqliteTable.ts';
export {
  DATASET_JSON_EXTENSIONS,
  type DatasetJsonExportOptions,
  datasetDataTypeOf,
} from './study/exportDatasetJson.ts';
export {
  type ExportFormat,
  FORMAT_EXTENSIONS,
  type FormatOptions,
} from './study/exportFormat.ts';
export {
  type ExportStudiesOptions,
  exportStudies,
  exportStudyPipeline,
} from './study/exportStudies.ts';
export {
  type ExportProgress,
  type ExportStudyOptions,
  type ExportStudyResult,
  exportStudy,
} from './study/exportStudy.ts';
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
} from './types.ts';
export { writeXlsx, type XlsxOptions, type XlsxResult } from './xlsx/writeXlsx.ts';

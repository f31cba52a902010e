// The table layout and value conversions shared by the database writers here and by
// `@imednet/sync`. Runtime-neutral: no Node built-in and no database driver.
export { ExactColumnsError, isExactColumnsError } from '../errors/ExactColumnsError.ts';
export {
  coerceValue,
  type InvalidValuePolicy,
  type TypedValue,
  timeOfDayMs,
} from '../internal/coerceValue.ts';
export { quoteIdentifier } from '../internal/quoteIdentifier.ts';
export { uniqueNames } from '../internal/uniqueNames.ts';
export { sanitizeName } from '../names/sanitizeName.ts';
export { toSqliteValue } from '../sqlite/sqliteValue.ts';
export type { ColumnType, ExportColumn, ExportRow, ExportValue } from '../types.ts';
export {
  type FormTableLayout,
  type LayoutForms,
  type LayoutVariables,
  planFormTables,
} from './planFormTables.ts';
export { SQL_COLUMN_TYPES, type SqlDialect } from './sqlColumnTypes.ts';
export { toFormRow } from './toFormRow.ts';

import type { TypedValue } from '../internal/coerceValue.ts';
import type { ColumnType } from '../types.ts';

/** SQLite column types: booleans as 0/1 integers, dates and timestamps as ISO text. */
export const SQLITE_TYPES: Record<ColumnType, string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  date: 'TEXT',
  timestamp: 'TEXT',
};

/** A typed value as better-sqlite3 binds it (it takes no booleans and no dates). */
export function toSqliteValue(value: TypedValue): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

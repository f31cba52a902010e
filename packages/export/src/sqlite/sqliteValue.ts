import type { TypedValue } from '../internal/coerceValue.ts';
import { SQL_COLUMN_TYPES } from '../layout/sqlColumnTypes.ts';

/** SQLite column types: booleans as 0/1 integers, dates and timestamps as ISO text. */
export const SQLITE_TYPES = SQL_COLUMN_TYPES.sqlite;

/**
 * A typed value as better-sqlite3 binds it (it takes no booleans and no dates).
 *
 * @throws never.
 * @example
 * toSqliteValue(new Date(0)); // '1970-01-01T00:00:00.000Z'
 */
export function toSqliteValue(value: TypedValue): string | number | bigint | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

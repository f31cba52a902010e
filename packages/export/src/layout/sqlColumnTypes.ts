import type { ColumnType } from '../types.ts';

/** The SQL databases the export and sync write. */
export type SqlDialect = 'sqlite' | 'duckdb' | 'postgres';

/**
 * The SQL type of each column type, per database: SQLite keeps booleans as 0/1 and dates,
 * times and timestamps as ISO text; DuckDB and PostgreSQL have real types (timestamps in UTC).
 */
export const SQL_COLUMN_TYPES: Readonly<Record<SqlDialect, Readonly<Record<ColumnType, string>>>> =
  {
    sqlite: {
      string: 'TEXT',
      integer: 'INTEGER',
      number: 'REAL',
      boolean: 'INTEGER',
      date: 'TEXT',
      time: 'TEXT',
      timestamp: 'TEXT',
    },
    duckdb: {
      string: 'VARCHAR',
      integer: 'BIGINT',
      number: 'DOUBLE',
      boolean: 'BOOLEAN',
      date: 'DATE',
      time: 'TIME',
      timestamp: 'TIMESTAMP',
    },
    postgres: {
      string: 'TEXT',
      integer: 'BIGINT',
      number: 'DOUBLE PRECISION',
      boolean: 'BOOLEAN',
      date: 'DATE',
      time: 'TIME',
      timestamp: 'TIMESTAMPTZ',
    },
  };

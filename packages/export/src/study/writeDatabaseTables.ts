import { ExportError } from '../errors.ts';
import { writeSqlite } from '../sqlite/writeSqlite.ts';
import type { TableSource, WriteOptions } from '../types.ts';
import type { FormatOptions } from './exportFormat.ts';

/**
 * Writes tables into a new SQLite or DuckDB file, or into a PostgreSQL database (`path` is
 * then its connection string), atomically, as those writers do.
 */
export async function writeDatabaseTables(
  format: 'sqlite' | 'duckdb' | 'postgres',
  path: string,
  tables: AsyncIterable<TableSource>,
  options: WriteOptions & FormatOptions,
): Promise<{ tables: readonly string[]; rows: number }> {
  if (format === 'sqlite') return writeSqlite(path, tables, options);
  if (format === 'postgres') {
    // Loaded only when asked for: pg is an optional peer.
    let postgres: typeof import('../postgres/writePostgres.js');
    try {
      postgres = await import('../postgres/writePostgres.ts');
    } catch (error) {
      throw new ExportError(
        'PostgreSQL export needs the optional peer dependency pg (npm install pg)',
        { cause: error },
      );
    }
    return postgres.writePostgres(path, tables, options);
  }
  // Loaded only when asked for: @duckdb/node-api is an optional peer with a large binary.
  let duckdb: typeof import('../duckdb/writeDuckdb.js');
  try {
    duckdb = await import('../duckdb/writeDuckdb.ts');
  } catch (error) {
    throw new ExportError(
      'DuckDB export needs the optional peer dependency @duckdb/node-api (npm install @duckdb/node-api)',
      { cause: error },
    );
  }
  return duckdb.writeDuckDb(path, tables, options);
}

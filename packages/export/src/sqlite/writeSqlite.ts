import { writeAtomically } from '../internal/atomicBatch.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import type { TableSource } from '../types.ts';
import { type SqliteTableOptions, writeSqliteTable } from './writeSqliteTable.ts';

/** Options of {@link writeSqlite}: those of each table, without `ifExists`. */
export type SqliteOptions = Omit<SqliteTableOptions, 'ifExists'>;

/** What {@link writeSqlite} resolves to. */
export interface SqliteResult {
  /** Rows written over all tables. */
  readonly rows: number;
  /** Every physical table written, in order (split tables as their parts). */
  readonly tables: readonly string[];
}

/**
 * Writes tables into a new SQLite database file, atomically: the file is built under a
 * temporary name beside `path` and renamed onto it only when every table is written, so
 * a failed or aborted export leaves no database behind (and an older file at `path` stays
 * as it was). Table names that clash (case-blind) get `_2`, `_3`, ...
 *
 * @throws {ExportError} see {@link writeSqliteTable}; the signal's reason when aborted;
 *   file system errors.
 * @example
 * await writeSqlite('study.db', iterateFormTables(client, 'STUDY', {}));
 */
export async function writeSqlite(
  path: string,
  tables: AsyncIterable<TableSource> | Iterable<TableSource>,
  options: SqliteOptions = {},
): Promise<SqliteResult> {
  // Loaded here, not on import: CSV, Parquet and the rest never load the native module.
  const { default: Database } = await import('better-sqlite3');
  return writeAtomically(path, async (temp) => {
    const db = new Database(temp);
    try {
      // A private temporary file needs no rollback journal: a failure discards the file.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      const written: string[] = [];
      const taken: string[] = [];
      let rows = 0;
      for await (const table of tables) {
        options.signal?.throwIfAborted();
        const [name] = uniqueNames([table.name], { caseInsensitive: true, taken });
        taken.push(name!);
        const result = await writeSqliteTable(db, name!, table, options);
        written.push(...result.tables);
        taken.push(...result.tables);
        rows += result.rows;
      }
      return { rows, tables: written };
    } finally {
      db.close();
    }
  });
}

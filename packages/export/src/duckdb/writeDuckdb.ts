import { DuckDBInstance } from '@duckdb/node-api';
import { writeAtomically } from '../internal/atomicBatch.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import type { TableSource } from '../types.ts';
import { type DuckDbTableOptions, writeDuckDbTable } from './writeDuckdbTable.ts';

/** Options of {@link writeDuckDb}: those of each table, without `ifExists`. */
export type DuckDbOptions = Omit<DuckDbTableOptions, 'ifExists'>;

/** What {@link writeDuckDb} resolves to. */
export interface DuckDbResult {
  readonly rows: number;
  readonly tables: readonly string[];
}

/**
 * Writes tables into a new DuckDB database file, atomically: built under a temporary
 * name beside `path`, checkpointed, closed, then renamed onto `path`; a failure or abort
 * removes it. Table names that clash (case-blind) get `_2`, `_3`, ...
 *
 * @throws {ExportError} see {@link writeDuckDbTable}; the signal's reason when aborted.
 * @example
 * import { writeDuckDb } from '@imednet/export/duckdb';
 * await writeDuckDb('study.duckdb', iterateFormTables(client, 'STUDY', {}));
 */
export async function writeDuckDb(
  path: string,
  tables: AsyncIterable<TableSource> | Iterable<TableSource>,
  options: DuckDbOptions = {},
): Promise<DuckDbResult> {
  return writeAtomically(path, async (temp) => {
    const instance = await DuckDBInstance.create(temp);
    try {
      const connection = await instance.connect();
      try {
        const written: string[] = [];
        let rows = 0;
        for await (const table of tables) {
          options.signal?.throwIfAborted();
          const [name] = uniqueNames([table.name], { caseInsensitive: true, taken: written });
          const result = await writeDuckDbTable(connection, name!, table, options);
          written.push(name!);
          rows += result.rows;
        }
        await connection.run('CHECKPOINT');
        return { rows, tables: written };
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  });
}

import { MAX_SQLITE_COLUMNS } from '../constants.ts';
import { ExportError } from '../errors/ExportError.ts';
import { coerceValue } from '../internal/coerceValue.ts';
import { createExactColumnScan } from '../internal/exactColumnScan.ts';
import { iterateRows } from '../internal/iterateRows.ts';

import { createProgressCounter } from '../internal/progress.ts';
import { quoteIdentifier } from '../internal/quoteIdentifier.ts';
import { splitColumns } from '../internal/splitColumns.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import type { ExportColumn, RowSource, WriteOptions } from '../types.ts';
import type { SqliteDatabase, SqliteStatement } from './sqliteDatabase.ts';
import { SQLITE_TYPES, toSqliteValue } from './sqliteValue.ts';

/** Options of {@link writeSqliteTable}. */
export interface SqliteTableOptions extends WriteOptions {
  /** Widest table written; wider ones are split into `_part1`, `_part2`, ... Default 2000. */
  readonly maxColumns?: number;
  /**
   * Columns repeated in every part of a split table, beside the `_row` number every part
   * gets; default the `fixed` columns.
   */
  readonly keyColumns?: readonly string[];
  /**
   * Rows per transaction; default about 20,000 cells (20,000 / columns), 1 to 1,000 rows:
   * small enough that a batch dies young in V8's heap, so peak memory stays flat.
   */
  readonly batchSize?: number;
  /** When the table exists: `'fail'` (default) or `'replace'` it. */
  readonly ifExists?: 'fail' | 'replace';
  /**
   * Number columns written as TEXT of their exact digits (every value: a double as its
   * shortest round-trip digits, an `ExactNumber` as sent), for numbers beyond a double or a
   * 64-bit integer, which REAL or INTEGER affinity would round. Without it, such a number
   * raises an `ExactColumnsError` naming every column that needs it (`exportStudy` then
   * writes again with them).
   */
  readonly exactColumns?: readonly string[];
}

/** What {@link writeSqliteTable} resolves to. */
export interface SqliteTableResult {
  readonly rows: number;
  /** The tables written: the name itself, or its `_partN` tables when split. */
  readonly tables: readonly string[];
}

interface PhysicalTable {
  readonly name: string;
  readonly indexes: readonly number[];
  readonly insert: SqliteStatement;
}

/**
 * Writes rows into one SQLite table of an open better-sqlite3 database, in one transaction
 * per batch. Column names are quoted (duplicates, compared case-blind as SQLite does, get
 * `_2`, ...). Columns are typed (INTEGER, REAL, TEXT; booleans 0/1, dates ISO text), and a
 * value that does not fit its type is stored as it is, as SQLite allows. A table wider
 * than `maxColumns` is split into `<name>_part1`, `<name>_part2`, ..., each starting with
 * a `_row` number (1, 2, ... in row order) and the key columns, so the parts join back
 * on `_row` (or on `recordId`). The `exactColumns` are TEXT.
 *
 * @throws {ExactColumnsError} for numbers beyond their column type outside `exactColumns`
 *   (rows of earlier batches stay committed).
 * @throws {ExportError} when the table exists and `ifExists` is `'fail'`, when a value does
 *   not fit its column's type, or when the keys leave no room to split; the signal's reason
 *   when aborted (rows of earlier batches stay committed).
 * @example
 * const db = new Database('study.db');
 * const table = await openRecordTable(client, 'STUDY', {});
 * await writeSqliteTable(db, 'records', table);
 */
export async function writeSqliteTable(
  db: SqliteDatabase,
  name: string,
  source: RowSource,
  options: SqliteTableOptions = {},
): Promise<SqliteTableResult> {
  const { columns } = source;
  const maxColumns = options.maxColumns ?? MAX_SQLITE_COLUMNS;
  const parts = splitColumns(columns, maxColumns, options.keyColumns);
  const names = uniqueNames(
    columns.map((c) => c.name),
    { caseInsensitive: true },
  );
  const [rowName] = uniqueNames(['_row'], { caseInsensitive: true, taken: names });
  const exact = createExactColumnScan(columns, options.exactColumns);
  const { asText } = exact;
  const tables = parts.map((part, i): PhysicalTable => {
    const tableName = parts.length === 1 ? name : `${name}_part${i + 1}`;
    createTable(db, tableName, part.indexes, columns, asText, names, rowName!, options.ifExists);
    const marks = part.indexes.map(() => '?').join(', ');
    const insert = db.prepare(`INSERT INTO ${quoteIdentifier(tableName)} VALUES (${marks})`);
    return { name: tableName, indexes: part.indexes, insert };
  });
  const batchSize =
    options.batchSize ??
    Math.max(1, Math.min(1000, Math.floor(20_000 / Math.max(1, columns.length))));
  const progress = createProgressCounter(options, name);
  const insertBatch = db.transaction((batch: readonly (string | number | bigint | null)[][]) => {
    const first = progress.count - batch.length;
    batch.forEach((values, r) => {
      // An unsplit table takes the row as it is: no second array per row.
      if (parts.length === 1) tables[0]!.insert.run(values);
      else {
        for (const table of tables) {
          table.insert.run(table.indexes.map((i) => (i < 0 ? first + r + 1 : values[i]!)));
        }
      }
    });
  });
  let batch: (string | number | bigint | null)[][] = [];
  for await (const row of iterateRows(source.rows, options.signal)) {
    if (exact.scanning) {
      exact.scan(row);
      continue;
    }
    const index = progress.count;
    try {
      batch.push(
        columns.map((column, i) =>
          toSqliteValue(coerceValue(row[column.name], column, index, 'keep', asText[i])),
        ),
      );
    } catch (error) {
      exact.caught(error, row);
      continue;
    }
    progress.tick();
    if (batch.length >= batchSize) {
      insertBatch(batch);
      batch = [];
    }
  }
  exact.finish();
  if (batch.length > 0) insertBatch(batch);
  progress.done();
  return { rows: progress.count, tables: tables.map((t) => t.name) };
}

function createTable(
  db: SqliteDatabase,
  tableName: string,
  indexes: readonly number[],
  columns: readonly ExportColumn[],
  asText: readonly boolean[],
  names: readonly string[],
  rowName: string,
  ifExists: 'fail' | 'replace' = 'fail',
): void {
  const quoted = quoteIdentifier(tableName);
  const exists = db
    .prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE')
    .get('table', tableName);
  if (exists && ifExists === 'fail') throw new ExportError(`Table "${tableName}" already exists`);
  if (exists) db.exec(`DROP TABLE ${quoted}`);
  const definitions = indexes.map((i) =>
    i < 0
      ? `${quoteIdentifier(rowName)} INTEGER`
      : `${quoteIdentifier(names[i]!)} ${asText[i] ? 'TEXT' : SQLITE_TYPES[columns[i]!.type]}`,
  );
  db.exec(`CREATE TABLE ${quoted} (${definitions.join(', ')})`);
}

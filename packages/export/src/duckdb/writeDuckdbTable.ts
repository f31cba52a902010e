import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDateValue,
  DuckDBTimestampValue,
  DuckDBTimeValue,
} from '@duckdb/node-api';
import { ExportError } from '../errors/ExportError.ts';
import { coerceValue, type TypedValue, timeOfDayMs } from '../internal/coerceValue.ts';
import { createExactColumnScan } from '../internal/exactColumnScan.ts';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { quoteIdentifier } from '../internal/quoteIdentifier.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import { SQL_COLUMN_TYPES } from '../layout/sqlColumnTypes.ts';
import type { ColumnType, RowSource, WriteOptions, WriteResult } from '../types.ts';

/** Options of {@link writeDuckDbTable}. */
export interface DuckDbTableOptions extends WriteOptions {
  /** Rows appended between two flushes of the appender; default 10,000. */
  readonly batchSize?: number;
  /**
   * A value its column's type cannot hold (the record mapper passes a non-numeric answer
   * of a numeric variable on as text): `'error'` (default) stops the write with an
   * ExportError naming the column and row, `'null'` writes null instead.
   */
  readonly invalidValues?: 'error' | 'null';
  /** When the table exists: `'fail'` (default) or `'replace'` it. */
  readonly ifExists?: 'fail' | 'replace';
  /**
   * Number columns written as VARCHAR of their exact digits (every value: a double as its
   * shortest round-trip digits, an `ExactNumber` as sent), for numbers beyond a double or a
   * 64-bit integer. Without it, such a number raises an `ExactColumnsError` naming every
   * column that needs it (`exportStudy` then writes again with them).
   */
  readonly exactColumns?: readonly string[];
}

const DUCKDB_TYPES = SQL_COLUMN_TYPES.duckdb;

const DAY_MS = 86_400_000;

/**
 * Writes rows into one DuckDB table through an appender, typed from the columns
 * (VARCHAR, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP in UTC). Column names are quoted;
 * duplicates (compared case-blind, as DuckDB does) get `_2`, `_3`, ... The `exactColumns`
 * are VARCHAR.
 *
 * @throws {ExactColumnsError} for numbers beyond their column type outside `exactColumns`.
 * @throws {ExportError} when the table exists and `ifExists` is `'fail'`, or a value does
 *   not fit its column's type; the signal's reason when aborted.
 * @example
 * const connection = await (await DuckDBInstance.create('study.duckdb')).connect();
 * await writeDuckDbTable(connection, 'records', await openRecordTable(client, 'STUDY', {}));
 */
export async function writeDuckDbTable(
  connection: DuckDBConnection,
  name: string,
  source: RowSource,
  options: DuckDbTableOptions = {},
): Promise<WriteResult> {
  const { columns } = source;
  const names = uniqueNames(
    columns.map((c) => c.name),
    { caseInsensitive: true },
  );
  const quoted = quoteIdentifier(name);
  const existing = await connection.runAndReadAll(
    'SELECT 1 FROM information_schema.tables WHERE lower(table_name) = lower($1)',
    [name],
  );
  if (existing.currentRowCount > 0) {
    if ((options.ifExists ?? 'fail') === 'fail') {
      throw new ExportError(`Table "${name}" already exists`);
    }
    await connection.run(`DROP TABLE ${quoted}`);
  }
  const exact = createExactColumnScan(columns, options.exactColumns);
  const { asText } = exact;
  const definitions = columns.map(
    (c, i) => `${quoteIdentifier(names[i]!)} ${asText[i] ? 'VARCHAR' : DUCKDB_TYPES[c.type]}`,
  );
  await connection.run(`CREATE TABLE ${quoted} (${definitions.join(', ')})`);
  const appender = await connection.createAppender(name);
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  const progress = createProgressCounter(options, name);
  const policy = options.invalidValues ?? 'error';
  try {
    // A row is converted whole before any of it is appended: a number that turns out to need
    // exact text then leaves no half row in the appender.
    const values: TypedValue[] = new Array(columns.length);
    for await (const row of iterateRows(source.rows, options.signal)) {
      if (exact.scanning) {
        exact.scan(row);
        continue;
      }
      const index = progress.count;
      try {
        for (let i = 0; i < columns.length; i++) {
          const column = columns[i]!;
          values[i] = coerceValue(row[column.name], column, index, policy, asText[i]);
        }
      } catch (error) {
        exact.caught(error, row);
        continue;
      }
      for (let i = 0; i < columns.length; i++) {
        append(appender, values[i]!, asText[i] ? 'string' : columns[i]!.type);
      }
      appender.endRow();
      progress.tick();
      if (progress.count % batchSize === 0) appender.flushSync();
    }
    exact.finish();
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  progress.done();
  return { rows: progress.count };
}

function append(appender: DuckDBAppender, value: TypedValue, type: ColumnType): void {
  if (value === null) appender.appendNull();
  else if (type === 'integer') appender.appendBigInt(BigInt(value as number));
  else if (type === 'number') appender.appendDouble(value as number);
  else if (type === 'boolean') appender.appendBoolean(value as boolean);
  else if (type === 'date') {
    appender.appendDate(new DuckDBDateValue(Math.round(Date.parse(value as string) / DAY_MS)));
  } else if (type === 'time') {
    appender.appendTime(new DuckDBTimeValue(BigInt(timeOfDayMs(value as string)) * 1000n));
  } else if (type === 'timestamp') {
    appender.appendTimestamp(new DuckDBTimestampValue(BigInt((value as Date).getTime()) * 1000n));
  } else appender.appendVarchar(value as string);
}

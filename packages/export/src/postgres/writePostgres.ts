import pg from 'pg';
import { coerceValue } from '../internal/coerceValue.ts';
import { createExactColumnScan } from '../internal/exactColumnScan.ts';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { quoteIdentifier } from '../internal/quoteIdentifier.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import { SQL_COLUMN_TYPES } from '../layout/sqlColumnTypes.ts';
import type { TableSource, WriteOptions } from '../types.ts';

/** Options of {@link writePostgres}. */
export interface PostgresOptions extends WriteOptions {
  /** `'error'` (default) or `'null'` for a value its column's type cannot hold. */
  readonly invalidValues?: 'error' | 'null';
  /** The schema that receives the tables (created when missing); default the connection's. */
  readonly schema?: string;
  /**
   * Number columns written as NUMERIC (arbitrary precision), for numbers beyond a double or
   * a 64-bit integer; each value is bound as the text of its exact digits. Without it, such a
   * number raises an `ExactColumnsError` naming every column that needs it (`exportStudy`
   * then writes again with them).
   */
  readonly exactColumns?: readonly string[];
}

/** What {@link writePostgres} resolves to. */
export interface PostgresResult {
  readonly rows: number;
  readonly tables: readonly string[];
}

/**
 * Writes tables into a PostgreSQL database in one transaction: each table is dropped if it
 * exists and written anew, and the transaction commits only when every table is written,
 * so a failed or aborted export leaves the database as it was. Columns are typed (TEXT,
 * BIGINT, DOUBLE PRECISION, BOOLEAN, DATE, TIMESTAMPTZ; the `exactColumns` NUMERIC); names
 * that clash case-blind get `_2`, `_3`, ...
 *
 * @throws {ExactColumnsError} for numbers beyond their column type outside `exactColumns`
 *   (the transaction is rolled back).
 * @throws {ExportError} for a value a typed column cannot hold; the signal's reason when
 *   aborted; the driver's errors when the database refuses.
 * @example
 * import { writePostgres } from '@imednet/export/postgres';
 * await writePostgres('postgres://localhost/study', iterateFormTables(client, 'STUDY', {}));
 */
export async function writePostgres(
  connection: string,
  tables: AsyncIterable<TableSource> | Iterable<TableSource>,
  options: PostgresOptions = {},
): Promise<PostgresResult> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (options.schema !== undefined) {
      const schema = quoteIdentifier(options.schema);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`SET LOCAL search_path TO ${schema}`);
    }
    const written: string[] = [];
    let rows = 0;
    for await (const table of tables) {
      options.signal?.throwIfAborted();
      const [name] = uniqueNames([table.name], { caseInsensitive: true, taken: written });
      rows += await writeTable(client, name!, table, options);
      written.push(name!);
    }
    await client.query('COMMIT');
    return { rows, tables: written };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function writeTable(
  client: pg.Client,
  name: string,
  source: TableSource,
  options: PostgresOptions,
): Promise<number> {
  const { columns } = source;
  const names = uniqueNames(
    columns.map((c) => c.name),
    { caseInsensitive: true },
  );
  const types = SQL_COLUMN_TYPES.postgres;
  const quoted = quoteIdentifier(name);
  const exact = createExactColumnScan(columns, options.exactColumns);
  const { asText } = exact;
  const definitions = columns.map(
    (c, i) => `${quoteIdentifier(names[i]!)} ${asText[i] ? 'NUMERIC' : types[c.type]}`,
  );
  await client.query(`DROP TABLE IF EXISTS ${quoted}`);
  await client.query(`CREATE TABLE ${quoted} (${definitions.join(', ')})`);
  // PostgreSQL binds at most 65,535 parameters per statement.
  const perStatement = Math.max(
    1,
    Math.min(1000, Math.floor(30_000 / Math.max(1, columns.length))),
  );
  const progress = createProgressCounter(options, name);
  const policy = options.invalidValues ?? 'error';
  let batch: unknown[][] = [];
  const flush = async () => {
    let n = 0;
    const tuples = batch.map((values) => `(${values.map(() => `$${++n}`).join(', ')})`);
    await client.query(`INSERT INTO ${quoted} VALUES ${tuples.join(', ')}`, batch.flat());
    batch = [];
  };
  for await (const row of iterateRows(source.rows, options.signal)) {
    if (exact.scanning) {
      exact.scan(row);
      continue;
    }
    const index = progress.count;
    try {
      batch.push(
        columns.map((column, i) => coerceValue(row[column.name], column, index, policy, asText[i])),
      );
    } catch (error) {
      exact.caught(error, row);
      continue;
    }
    progress.tick();
    if (batch.length >= perStatement) await flush();
  }
  exact.finish();
  if (batch.length > 0) await flush();
  progress.done();
  return progress.count;
}

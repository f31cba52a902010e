import {
  coerceValue,
  type ExportRow,
  isExactColumnsError,
  quoteIdentifier,
  SQL_COLUMN_TYPES,
} from '@imednet/export/layout';
import { EXACT_TYPES, makeColumnsExact } from './makeColumnsExact.ts';
import type { TableSpec } from './tableSpec.ts';
import type { BoundValue, SyncSession } from './types.ts';

/** Keys per `IN (...)` list. */
const KEYS_PER_STATEMENT = 500;

/**
 * Creates the table (with an index on its key), or adds the columns it lacks: a variable
 * added to a form adds a column, never a failed run. Columns are compared case-blind, as
 * the databases do; a column no longer planned is kept. Resolves with the number and
 * integer columns an earlier run made exact, so that they stay so.
 */
export async function ensureTable(session: SyncSession, table: TableSpec): Promise<Set<string>> {
  const types = SQL_COLUMN_TYPES[session.dialect];
  const quoted = quoteIdentifier(table.name);
  const existing = await session.columns(table.name);
  if (existing === null) {
    const definitions = table.columns.map((c) => `${quoteIdentifier(c.name)} ${types[c.type]}`);
    await session.run(`CREATE TABLE ${quoted} (${definitions.join(', ')})`);
    // DuckDB scans fast enough without one, and its indexes slow deletes down.
    if (session.dialect !== 'duckdb') {
      await session.run(
        `CREATE INDEX ${quoteIdentifier(indexName(table.name))} ON ${quoted} (${quoteIdentifier(table.key)})`,
      );
    }
    return new Set();
  }
  const have = new Map(existing.map((c) => [c.name.toLowerCase(), c.type.toUpperCase()]));
  const exact = new Set<string>();
  for (const column of table.columns) {
    const type = have.get(column.name.toLowerCase());
    if (type === undefined) {
      await session.run(
        `ALTER TABLE ${quoted} ADD COLUMN ${quoteIdentifier(column.name)} ${types[column.type]}`,
      );
    } else if (
      (column.type === 'number' || column.type === 'integer') &&
      type === EXACT_TYPES[session.dialect]
    ) {
      exact.add(column.name);
    }
  }
  return exact;
}

/** A short, stable index name (PostgreSQL cuts names at 63 bytes). */
function indexName(table: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < table.length; i++) {
    hash = Math.imul(hash ^ table.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `_imednet_ix_${hash.toString(16).padStart(8, '0')}`;
}

/** The keys among `keys` that have a row in the table. */
async function existingKeys(
  session: SyncSession,
  table: TableSpec,
  keys: readonly BoundValue[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const key = quoteIdentifier(table.key);
  for (let start = 0; start < keys.length; start += KEYS_PER_STATEMENT) {
    const chunk = keys.slice(start, start + KEYS_PER_STATEMENT);
    const marks = chunk.map((_, i) => session.param(i + 1)).join(', ');
    const rows = await session.all(
      `SELECT ${key} AS k FROM ${quoteIdentifier(table.name)} WHERE ${key} IN (${marks})`,
      chunk,
    );
    for (const row of rows) found.add(String(row.k));
  }
  return found;
}

async function deleteKeys(
  session: SyncSession,
  table: TableSpec,
  keys: readonly BoundValue[],
): Promise<void> {
  const key = quoteIdentifier(table.key);
  for (let start = 0; start < keys.length; start += KEYS_PER_STATEMENT) {
    const chunk = keys.slice(start, start + KEYS_PER_STATEMENT);
    const marks = chunk.map((_, i) => session.param(i + 1)).join(', ');
    await session.run(
      `DELETE FROM ${quoteIdentifier(table.name)} WHERE ${key} IN (${marks})`,
      chunk,
    );
  }
}

/**
 * Writes rows, replacing the rows with the same key (the last of a key wins within the
 * batch). Resolves with how many keys were new and how many replaced a row.
 */
export async function upsertRows(
  session: SyncSession,
  table: TableSpec,
  rows: readonly ExportRow[],
): Promise<{ inserted: number; updated: number }> {
  let { byKey, needExact } = bindRows(session, table, rows);
  if (needExact.size > 0) {
    await makeColumnsExact(session, table, [...needExact]);
    for (const name of needExact) table.exact!.add(name);
    ({ byKey } = bindRows(session, table, rows));
  }
  const keyColumn = table.columns.findIndex((c) => c.name === table.key);
  if (byKey.size === 0) return { inserted: 0, updated: 0 };
  const keys = [...byKey.values()].map((values) => values[keyColumn]);
  const found = await existingKeys(session, table, keys);
  if (found.size > 0) await deleteKeys(session, table, keys);
  const names = table.columns.map((c) => quoteIdentifier(c.name)).join(', ');
  const perStatement = Math.max(1, Math.min(500, Math.floor(30_000 / table.columns.length)));
  const all = [...byKey.values()];
  for (let start = 0; start < all.length; start += perStatement) {
    const chunk = all.slice(start, start + perStatement);
    let n = 0;
    const tuples = chunk
      .map((values) => `(${values.map(() => session.param(++n)).join(', ')})`)
      .join(', ');
    await session.run(
      `INSERT INTO ${quoteIdentifier(table.name)} (${names}) VALUES ${tuples}`,
      chunk.flat(),
    );
  }
  return { inserted: byKey.size - found.size, updated: found.size };
}

/**
 * The rows' values as the driver binds them, by key (the last of a key wins). With
 * `table.exact`, a number beyond its column type in a column not yet exact is noted in
 * `needExact` (every such column of the batch) instead of failing.
 */
function bindRows(
  session: SyncSession,
  table: TableSpec,
  rows: readonly ExportRow[],
): { byKey: Map<string, BoundValue[]>; needExact: Set<string> } {
  const byKey = new Map<string, BoundValue[]>();
  const needExact = new Set<string>();
  const asText = table.columns.map((c) => table.exact?.has(c.name) === true);
  rows.forEach((row, index) => {
    const values = table.columns.map((column, i) => {
      try {
        const value = coerceValue(
          row[column.name],
          column,
          index,
          session.invalidValues,
          asText[i],
        );
        return session.bind(value, asText[i] ? 'string' : column.type);
      } catch (error) {
        if (table.exact === undefined || !isExactColumnsError(error)) throw error;
        needExact.add(column.name);
        return null;
      }
    });
    byKey.set(String(row[table.key]), values);
  });
  return { byKey, needExact };
}

/** Removes the rows with these keys; resolves with how many there were. */
export async function deleteRows(
  session: SyncSession,
  table: TableSpec,
  keys: readonly BoundValue[],
): Promise<number> {
  if (keys.length === 0) return 0;
  const found = await existingKeys(session, table, keys);
  if (found.size > 0) await deleteKeys(session, table, keys);
  return found.size;
}

/** Replaces a table's whole content (the small metadata lists are read whole every run). */
export async function replaceAll(
  session: SyncSession,
  table: TableSpec,
  rows: readonly ExportRow[],
): Promise<void> {
  await session.run(`DELETE FROM ${quoteIdentifier(table.name)}`);
  await upsertRows(session, table, rows);
}

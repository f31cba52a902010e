import { coerceValue, quoteIdentifier } from '@imednet/export/layout';
import type { TableColumn, TableSpec } from './tableSpec.ts';
import type { SyncDialect, SyncSession } from './types.ts';

/**
 * The SQL type of a number or integer column that holds numbers beyond a double or 64 bits,
 * as the export writes such a column: text of the exact digits, or NUMERIC in PostgreSQL.
 * Upper-cased, as compared with what the database reports.
 */
export const EXACT_TYPES: Readonly<Record<SyncDialect, string>> = {
  sqlite: 'TEXT',
  duckdb: 'VARCHAR',
  postgres: 'NUMERIC',
};

/** Pairs per INSERT into the conversion table. */
const PAIRS_PER_STATEMENT = 500;

/**
 * Changes number and integer columns of an existing table to exact storage (see
 * {@link EXACT_TYPES}) inside the run's transaction, converting the values they hold to the
 * text the export writes for them in such a column (a double's shortest round-trip digits,
 * `0.1`, `1e+21`; an integer's digits): SQLite cannot change a column's type, so its table is
 * rebuilt (same columns in the same order, same primary key and indexes); DuckDB and
 * PostgreSQL alter the columns. Other columns keep their types and values.
 */
export async function makeColumnsExact(
  session: SyncSession,
  table: TableSpec,
  names: readonly string[],
): Promise<void> {
  const columns = table.columns.filter((c) => names.includes(c.name));
  if (columns.length === 0) return;
  if (session.dialect === 'postgres') {
    // A double's text is its shortest round-trip digits from PostgreSQL 12 on with this
    // setting (below 1 it rounds to 15 digits); float8 to NUMERIC directly rounds to 15.
    await session.run('SET LOCAL extra_float_digits = 1');
    const clauses = columns.map((c) => {
      const name = quoteIdentifier(c.name);
      return `ALTER COLUMN ${name} TYPE NUMERIC USING ${name}::text::numeric`;
    });
    await session.run(`ALTER TABLE ${quoteIdentifier(table.name)} ${clauses.join(', ')}`);
  } else if (session.dialect === 'duckdb') {
    await alterDuckdb(session, table.name, columns);
  } else {
    await rebuildSqlite(session, table.name, columns);
  }
}

/** The text the export writes for a double in an exact column (`coerceValue` as text). */
function exactTextOf(value: number, column: TableColumn): string {
  return String(coerceValue(value, column, 0, 'keep', true));
}

/** A temporary table of (column, double, its export text), filled with `pairs`. */
async function fillConversions(
  session: SyncSession,
  name: string,
  keyType: string,
  pairs: readonly (readonly [string, unknown, string])[],
): Promise<void> {
  await session.run(`CREATE TEMP TABLE ${name} (c TEXT, v ${keyType}, t TEXT)`);
  for (let start = 0; start < pairs.length; start += PAIRS_PER_STATEMENT) {
    const chunk = pairs.slice(start, start + PAIRS_PER_STATEMENT);
    let n = 0;
    const tuples = chunk
      .map(() => `(${session.param(++n)}, ${session.param(++n)}, ${session.param(++n)})`)
      .join(', ');
    await session.run(`INSERT INTO ${name} VALUES ${tuples}`, chunk.flat());
  }
}

const CONVERSIONS = '"_imednet_exact_text"';

/**
 * DuckDB casts a DOUBLE to other text than the export writes (`12.0` for 12): its own text
 * of each distinct double is mapped to the export's once the columns are VARCHAR. Integers
 * cast to their exact digits.
 */
async function alterDuckdb(
  session: SyncSession,
  tableName: string,
  columns: readonly TableColumn[],
): Promise<void> {
  const quoted = quoteIdentifier(tableName);
  const pairs: [string, string, string][] = [];
  for (const column of columns) {
    const name = quoteIdentifier(column.name);
    if (column.type === 'number') {
      const rows = await session.all(
        `SELECT DISTINCT ${name} AS v, CAST(${name} AS VARCHAR) AS d FROM ${quoted} WHERE ${name} IS NOT NULL`,
      );
      for (const { v, d } of rows) {
        const text = exactTextOf(v as number, column);
        if (text !== d) pairs.push([column.name, String(d), text]);
      }
    }
    await session.run(`ALTER TABLE ${quoted} ALTER COLUMN ${name} TYPE VARCHAR`);
  }
  if (pairs.length === 0) return;
  await fillConversions(session, CONVERSIONS, 'VARCHAR', pairs);
  for (const column of columns) {
    if (!pairs.some((p) => p[0] === column.name)) continue;
    const name = quoteIdentifier(column.name);
    await session.run(
      `UPDATE ${quoted} SET ${name} = m.t FROM ${CONVERSIONS} AS m WHERE m.c = ${session.param(1)} AND ${quoted}.${name} = m.v`,
      [column.name],
    );
  }
  await session.run(`DROP TABLE ${CONVERSIONS}`);
}

/**
 * SQLite cannot change a column's type: the table is made anew with the columns TEXT and
 * the rows copied (its indexes and triggers made again, views on it kept), reals as the export's text of them (SQLite's own would round to 15
 * digits), integers as their digits, anything else (text kept by `invalidValues: 'keep'`)
 * as it is.
 */
async function rebuildSqlite(
  session: SyncSession,
  tableName: string,
  columns: readonly TableColumn[],
): Promise<void> {
  const quoted = quoteIdentifier(tableName);
  const info = (await session.all(
    'SELECT name, type, "notnull" AS required, dflt_value AS fallback, pk FROM pragma_table_info(?)',
    [tableName],
  )) as { name: string; type: string; required: number; fallback: string | null; pk: number }[];
  // DROP TABLE drops them; made again once the new table has the name.
  const dependents = (await session.all(
    "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL ORDER BY type",
    [tableName],
  )) as { sql: string }[];
  const changed = new Map(columns.map((c) => [c.name.toLowerCase(), c]));

  const pairs: [string, number, string][] = [];
  for (const column of columns) {
    if (column.type !== 'number') continue;
    const name = quoteIdentifier(column.name);
    const rows = await session.all(
      `SELECT DISTINCT ${name} AS v FROM ${quoted} WHERE typeof(${name}) = 'real'`,
    );
    for (const { v } of rows)
      pairs.push([column.name, v as number, exactTextOf(v as number, column)]);
  }
  const conversions = `temp.${CONVERSIONS}`;
  if (pairs.length > 0) {
    await fillConversions(session, CONVERSIONS, 'REAL', pairs);
    await session.run(`CREATE INDEX temp."_imednet_exact_text_ix" ON ${CONVERSIONS} (c, v)`);
  }

  const rebuilt = quoteIdentifier(`${tableName}_imednet_rebuild`);
  const definitions = info.map((c) => {
    const type = changed.has(c.name.toLowerCase()) ? 'TEXT' : c.type;
    return [
      `${quoteIdentifier(c.name)} ${type}`,
      c.required ? ' NOT NULL' : '',
      c.fallback === null ? '' : ` DEFAULT ${c.fallback}`,
    ].join('');
  });
  const key = info
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => quoteIdentifier(c.name));
  if (key.length > 0) definitions.push(`PRIMARY KEY (${key.join(', ')})`);
  await session.run(`CREATE TABLE ${rebuilt} (${definitions.join(', ')})`);
  const values = info.map((c) => {
    const name = `o.${quoteIdentifier(c.name)}`;
    const column = changed.get(c.name.toLowerCase());
    if (!column) return name;
    const real =
      column.type === 'number' && pairs.length > 0
        ? `(SELECT m.t FROM ${conversions} AS m WHERE m.c = ${quoteText(column.name)} AND m.v = ${name})`
        : `CAST(${name} AS TEXT)`;
    return `CASE typeof(${name}) WHEN 'real' THEN ${real} WHEN 'integer' THEN CAST(${name} AS TEXT) ELSE ${name} END`;
  });
  const names = info.map((c) => quoteIdentifier(c.name)).join(', ');
  await session.run(
    `INSERT INTO ${rebuilt} (${names}) SELECT ${values.join(', ')} FROM ${quoted} AS o`,
  );
  await session.run(`DROP TABLE ${quoted}`);
  // A view on the table (a user's) would fail the rename while the name is missing: the
  // legacy rename does not check the schema, and the view finds the table by name again.
  const [legacy] = await session.all('PRAGMA legacy_alter_table');
  await session.run('PRAGMA legacy_alter_table = ON');
  await session.run(`ALTER TABLE ${rebuilt} RENAME TO ${quoted}`);
  await session.run(`PRAGMA legacy_alter_table = ${Number(legacy?.legacy_alter_table ?? 0)}`);
  for (const { sql } of dependents) await session.run(sql);
  if (pairs.length > 0) await session.run(`DROP TABLE ${conversions}`);
}

/** A SQL string literal. */
function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

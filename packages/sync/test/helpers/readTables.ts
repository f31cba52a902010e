import Database from 'better-sqlite3';

/** Every table of a database as rows ordered by recordId, keyed by column name. */
export type Tables = Record<string, Record<string, unknown>[]>;

/** The per-form tables of a SQLite file (the `_imednet_` tables left out). */
export function readSqliteTables(path: string): Tables {
  const db = new Database(path, { readonly: true });
  try {
    const names = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .filter((name) => !name.startsWith('_imednet_'));
    const out: Tables = {};
    for (const name of names) {
      out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY "recordId"`).all() as Record<
        string,
        unknown
      >[];
    }
    return out;
  } finally {
    db.close();
  }
}

/** The per-form tables of a DuckDB file (the `_imednet_` tables left out). */
export async function readDuckdbTables(path: string): Promise<Tables> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // The cached instance: the sync target may still hold this file open in this process.
  const instance = await DuckDBInstance.fromCache(path);
  const connection = await instance.connect();
  try {
    const names = (
      await connection.runAndReadAll(
        'SELECT table_name FROM information_schema.tables ORDER BY table_name',
      )
    )
      .getRowObjectsJS()
      .map((r) => String(r.table_name))
      .filter((name) => !name.startsWith('_imednet_'));
    const out: Tables = {};
    for (const name of names) {
      const reader = await connection.runAndReadAll(`SELECT * FROM "${name}" ORDER BY "recordId"`);
      out[name] = reader.getRowObjectsJS() as Record<string, unknown>[];
    }
    return out;
  } finally {
    connection.closeSync();
  }
}

/** The per-form tables of a PostgreSQL database (the `_imednet_` tables left out). */
export async function readPostgresTables(connectionString: string): Promise<Tables> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
    );
    const out: Tables = {};
    for (const { table_name: name } of rows as { table_name: string }[]) {
      if (name.startsWith('_imednet_')) continue;
      out[name] = (await client.query(`SELECT * FROM "${name}" ORDER BY "recordId"`)).rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

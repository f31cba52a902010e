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

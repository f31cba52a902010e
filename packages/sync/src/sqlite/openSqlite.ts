import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type TypedValue, toSqliteValue } from '@imednet/export/layout';
import Database from 'better-sqlite3';
import { SyncError } from '../errors/SyncError.ts';
import { SyncLockedError } from '../errors/SyncLockedError.ts';
import type { SyncSession } from '../target/types.ts';

/** Opens a SQLite sync session on a file (see `sqliteTarget`). */
export function openSqlite(path: string): SyncSession {
  mkdirSync(dirname(path), { recursive: true });
  // No busy wait: a second run must be refused at once, not queued behind the first.
  const db = new Database(path, { timeout: 0 });
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 64) statements.delete(statements.keys().next().value!);
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    dialect: 'sqlite',
    invalidValues: 'keep',
    async begin() {
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
          throw new SyncLockedError(
            `Another sync is writing ${path}; try again when it has finished`,
            { cause: error },
          );
        }
        throw new SyncError(`Cannot start writing ${path}`, { cause: error });
      }
    },
    async commit() {
      db.exec('COMMIT');
    },
    async rollback() {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    async close() {
      db.close();
    },
    param: () => '?',
    async run(sql, params = []) {
      prepare(sql).run(...params);
    },
    async all(sql, params = []) {
      return prepare(sql).all(...params) as Record<string, unknown>[];
    },
    async columns(table) {
      const rows = db.prepare('SELECT name, type FROM pragma_table_info(?)').all(table) as {
        name: string;
        type: string;
      }[];
      return rows.length === 0 ? null : rows;
    },
    bind: (value) => toSqliteValue(value as TypedValue),
  };
}

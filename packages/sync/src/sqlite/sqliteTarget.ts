import { SyncError } from '../errors.ts';
import type { SyncTarget } from '../target/types.ts';

/**
 * A SQLite database file as a sync target (better-sqlite3, embedded, the default). The
 * file and its folder are created when missing; it is written in WAL mode, and a run holds
 * SQLite's write lock from start to commit, so a second run at once is refused. The driver
 * is loaded only when the target opens.
 *
 * @throws never (opening it throws {@link SyncLockedError} or {@link SyncError}).
 * @example
 * const result = await syncStudy(client, 'STUDY-1', { target: sqliteTarget('study.sqlite') });
 */
export function sqliteTarget(path: string): SyncTarget {
  return {
    dialect: 'sqlite',
    description: path,
    async open() {
      if (typeof path !== 'string' || path === '') {
        throw new SyncError('sqliteTarget needs a file path');
      }
      const { openSqlite } = await import('./openSqlite.ts');
      return openSqlite(path);
    },
  };
}

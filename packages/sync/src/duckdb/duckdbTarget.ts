import { SyncError } from '../errors.ts';
import type { SyncTarget } from '../target/types.ts';

/** Options of {@link duckdbTarget}. */
export interface DuckdbTargetOptions {
  /** `'error'` (default) or `'null'` for a value its column's type cannot hold. */
  readonly invalidValues?: 'error' | 'null';
}

/**
 * A DuckDB database file as a sync target (`@duckdb/node-api`, an optional peer, loaded
 * when the target opens). DuckDB lets one process at a time write a file, and a run holds
 * a lock row for its whole transaction, so a second run at once is refused.
 *
 * @throws never (opening it throws {@link SyncLockedError}, or {@link SyncError} when the
 *   driver is missing).
 * @example
 * import { duckdbTarget } from '@imednet/sync/duckdb';
 * await syncStudy(client, 'STUDY-1', { target: duckdbTarget('study.duckdb') });
 */
export function duckdbTarget(path: string, options: DuckdbTargetOptions = {}): SyncTarget {
  return {
    dialect: 'duckdb',
    description: path,
    async open() {
      if (typeof path !== 'string' || path === '') {
        throw new SyncError('duckdbTarget needs a file path');
      }
      let driver: typeof import('./openDuckdb.ts');
      try {
        driver = await import('./openDuckdb.ts');
      } catch (error) {
        throw new SyncError(
          'The DuckDB target needs the optional peer dependency @duckdb/node-api (npm install @duckdb/node-api)',
          { cause: error },
        );
      }
      return driver.openDuckdb(path, options.invalidValues ?? 'error');
    },
  };
}

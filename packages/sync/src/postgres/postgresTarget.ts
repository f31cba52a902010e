import type { Pool } from 'pg';
import { SyncError } from '../errors.ts';
import type { SyncTarget } from '../target/types.ts';

/** Options of {@link postgresTarget}. */
export interface PostgresTargetOptions {
  /** The schema that receives the tables (created when missing); default the connection's. */
  readonly schema?: string;
  /** `'error'` (default) or `'null'` for a value its column's type cannot hold. */
  readonly invalidValues?: 'error' | 'null';
}

/** A connection string without its password, for messages. */
function describe(connection: string | Pool): string {
  if (typeof connection !== 'string') return 'a pg.Pool';
  try {
    const url = new URL(connection);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL connection';
  }
}

/**
 * A PostgreSQL database as a sync target (`pg`, an optional peer, loaded when the target
 * opens): a connection string, or a `pg.Pool` to borrow a client from. A run holds a
 * transaction-level advisory lock, so a second run at once is refused.
 *
 * @throws never (opening it throws {@link SyncLockedError}, or {@link SyncError} when the
 *   driver is missing).
 * @example
 * import { postgresTarget } from '@imednet/sync/postgres';
 * await syncStudy(client, 'STUDY-1', { target: postgresTarget('postgres://localhost/study') });
 */
export function postgresTarget(
  connection: string | Pool,
  options: PostgresTargetOptions = {},
): SyncTarget {
  const description = describe(connection);
  return {
    dialect: 'postgres',
    description,
    async open() {
      if (!connection) throw new SyncError('postgresTarget needs a connection string or a pg.Pool');
      let driver: typeof import('./openPostgres.ts');
      try {
        driver = await import('./openPostgres.ts');
      } catch (error) {
        throw new SyncError(
          'The PostgreSQL target needs the optional peer dependency pg (npm install pg)',
          { cause: error },
        );
      }
      return driver.openPostgres(connection, description, options);
    },
  };
}

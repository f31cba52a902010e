import { quoteIdentifier } from '@imednet/export/layout';
import pg from 'pg';
import { SyncError } from '../errors/SyncError.ts';
import { SyncLockedError } from '../errors/SyncLockedError.ts';
import type { SyncSession } from '../target/types.ts';
import type { PostgresTargetOptions } from './types.ts';

/** Opens a PostgreSQL sync session (see `postgresTarget`). */
export async function openPostgres(
  connection: string | pg.Pool,
  description: string,
  options: PostgresTargetOptions,
): Promise<SyncSession> {
  let client: pg.ClientBase;
  let release: () => Promise<void>;
  try {
    if (typeof connection === 'string') {
      const own = new pg.Client({ connectionString: connection });
      await own.connect();
      client = own;
      release = () => own.end();
    } else {
      const borrowed = await connection.connect();
      client = borrowed;
      release = async () => borrowed.release();
    }
  } catch (error) {
    throw new SyncError(`Cannot connect to ${description}`, { cause: error });
  }
  return {
    dialect: 'postgres',
    invalidValues: options.invalidValues ?? 'error',
    async begin() {
      await client.query('BEGIN');
      if (options.schema !== undefined) {
        const schema = quoteIdentifier(options.schema);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(`SET LOCAL search_path TO ${schema}`);
      }
      // Released with the transaction, even when the process dies.
      const { rows } = await client.query(
        "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '._imednet_sync')) AS ok",
      );
      if (rows[0]?.ok !== true) {
        await client.query('ROLLBACK');
        throw new SyncLockedError(
          `Another sync is writing ${description}; try again when it has finished`,
        );
      }
    },
    async commit() {
      await client.query('COMMIT');
    },
    async rollback() {
      await client.query('ROLLBACK');
    },
    close: () => release(),
    param: (n) => `$${n}`,
    async run(sql, params = []) {
      await client.query(sql, params as unknown[]);
    },
    async all(sql, params = []) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async columns(table) {
      const { rows } = await client.query(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      return rows.length === 0
        ? null
        : rows.map((r) => ({ name: String(r.column_name), type: String(r.data_type) }));
    },
    bind: (value) => value,
  };
}

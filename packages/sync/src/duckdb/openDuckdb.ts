import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type DuckDBConnection,
  DuckDBDateValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  DuckDBTimeValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import { timeOfDayMs } from '@imednet/export/layout';
import { SyncError } from '../errors/SyncError.ts';
import { SyncLockedError } from '../errors/SyncLockedError.ts';
import type { SyncSession } from '../target/types.ts';

const DAY_MS = 86_400_000;
const LOCK = '"_imednet_sync_lock"';

function locked(path: string, error: unknown): SyncLockedError {
  return new SyncLockedError(`Another sync is writing ${path}; try again when it has finished`, {
    cause: error,
  });
}

/** Opens a DuckDB sync session on a file (see `duckdbTarget`). */
export async function openDuckdb(
  path: string,
  invalidValues: 'error' | 'null',
): Promise<SyncSession> {
  mkdirSync(dirname(path), { recursive: true });
  let connection: DuckDBConnection;
  try {
    // One instance per file in this process: two would write the same file unaware.
    const instance = await DuckDBInstance.fromCache(path);
    connection = await instance.connect();
  } catch (error) {
    // Another process holds the file.
    if (/lock/i.test(String(error))) throw locked(path, error);
    throw new SyncError(`Cannot open ${path}`, { cause: error });
  }
  return {
    dialect: 'duckdb',
    invalidValues,
    async begin() {
      await connection.run(`CREATE TABLE IF NOT EXISTS ${LOCK} ("id" INTEGER, "runs" BIGINT)`);
      const rows = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${LOCK}`);
      if (Number(rows.getRowObjects()[0]!.n) === 0) {
        await connection.run(`INSERT INTO ${LOCK} VALUES (1, 0)`);
      }
      await connection.run('BEGIN TRANSACTION');
      try {
        // Held until commit: a second run's update of the same row conflicts at once.
        await connection.run(`UPDATE ${LOCK} SET "runs" = "runs" + 1`);
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => {});
        if (/conflict/i.test(String(error))) throw locked(path, error);
        throw error;
      }
    },
    async commit() {
      await connection.run('COMMIT');
      await connection.run('CHECKPOINT');
    },
    async rollback() {
      await connection.run('ROLLBACK');
    },
    async close() {
      connection.closeSync();
    },
    param: (n) => `$${n}`,
    async run(sql, params = []) {
      await connection.run(sql, params as DuckDBValue[]);
    },
    async all(sql, params = []) {
      const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    async columns(table) {
      const reader = await connection.runAndReadAll(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      const columns = reader
        .getRowObjectsJS()
        .map((r) => ({ name: String(r.column_name), type: String(r.data_type) }));
      return columns.length === 0 ? null : columns;
    },
    bind(value, type) {
      if (value === null) return null;
      if (type === 'integer') return BigInt(value as number);
      // The driver binds an integral number as BIGINT: one beyond 64 bits (1e21) would not
      // fit. Its shortest digits, cast to DOUBLE by the INSERT, give the same double back.
      if (type === 'number' && Number.isInteger(value) && Math.abs(value as number) >= 2 ** 63) {
        return String(value);
      }
      if (type === 'date') {
        return new DuckDBDateValue(Math.round(Date.parse(value as string) / DAY_MS));
      }
      if (type === 'time') return new DuckDBTimeValue(BigInt(timeOfDayMs(value as string)) * 1000n);
      if (type === 'timestamp') {
        return new DuckDBTimestampValue(BigInt((value as Date).getTime()) * 1000n);
      }
      return value;
    },
  };
}

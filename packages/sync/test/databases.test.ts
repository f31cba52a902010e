import { join } from 'node:path';
import type { Client } from '@imednet/core';
import { exportStudy } from '@imednet/export';
import { iterateRecords } from '@imednet/resources';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbTarget } from '../src/duckdb/index.ts';
import { isSyncLockedError, type SyncTarget, syncStudy } from '../src/index.ts';
import { postgresTarget } from '../src/postgres/index.ts';
import { exactNumberClient } from './helpers/exactNumberClient.ts';
import { makeChanges } from './helpers/makeChanges.ts';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';
import { readDuckdbTables, readPostgresTables, type Tables } from './helpers/readTables.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

interface Database {
  target: SyncTarget;
  /** A fresh full export of the study into a new database of the same kind, read back. */
  exported(client: Client, studyKey: string): Promise<Tables>;
  read(): Promise<Tables>;
}

/**
 * The scenario of the issue: a full sync, then records created and updated through
 * `createRecords` jobs and records deleted, then an incremental sync; after each, the
 * target equals a fresh full export table by table, value by value.
 */
async function fullThenIncremental(open: () => Promise<Database>) {
  const { client, sandbox, studyKey } = sandboxClient({ seed: 5, recordsPerStudy: 250 });
  const db = await open();
  const first = await syncStudy(client, studyKey, { target: db.target });
  const before = await db.exported(client, studyKey);
  const rows = Object.values(before).reduce((n, r) => n + r.length, 0);
  expect(rows).toBeGreaterThan(200);
  expect(first).toMatchObject({ full: true, inserted: rows, updated: 0, deleted: 0 });
  expect(await db.read()).toEqual(before);

  await makeChanges(client, sandbox, studyKey, { updates: 5, creates: 4, deletes: 3 });
  const second = await syncStudy(client, studyKey, { target: db.target });
  expect(second).toMatchObject({ full: false, fetched: 12, inserted: 4, updated: 5, deleted: 3 });
  const after = await db.exported(client, studyKey);
  expect(after).not.toEqual(before);
  expect(await db.read()).toEqual(after);
}

describe('syncStudy into DuckDB', () => {
  it('equals a fresh DuckDB export after a full and an incremental sync', async () => {
    const dir = await tempDir();
    const path = join(dir, 'study.duckdb');
    await fullThenIncremental(async () => ({
      target: duckdbTarget(path),
      read: () => readDuckdbTables(path),
      async exported(client, studyKey) {
        const out = join(dir, `export-${Date.now()}.duckdb`);
        await exportStudy(client, studyKey, { format: 'duckdb', out, byForm: true });
        return readDuckdbTables(out);
      },
    }));
  });
});

describe('syncStudy into PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('equals a fresh PostgreSQL export after a full and an incremental sync', async () => {
    const url = await server.database('synced');
    let n = 0;
    await fullThenIncremental(async () => ({
      target: postgresTarget(url),
      read: () => readPostgresTables(url),
      async exported(client, studyKey) {
        const out = await server.database(`exported${++n}`);
        const result = await exportStudy(client, studyKey, {
          format: 'postgres',
          out,
          byForm: true,
        });
        expect(result.files).toEqual([]);
        return readPostgresTables(out);
      },
    }));
  });

  it('exportStudy writes numbers beyond a double or 64 bits as NUMERIC of their exact digits', async () => {
    const values = [
      { CMDOSE: '0.12345678901234567891', CMFREQ: '123456789012345678901234567890' },
      { CMDOSE: '1234567890.12345678901234567890', CMFREQ: '-9223372036854775809' },
      { CMDOSE: '1e400', CMFREQ: '7' },
    ];
    const { client, studyKey, rewrite } = exactNumberClient();
    const chosen: number[] = [];
    for await (const record of iterateRecords(client, studyKey, { deleted: false })) {
      if (record.formKey === 'CM' && chosen.length < values.length) chosen.push(record.recordId);
    }
    for (const [i, id] of chosen.entries()) rewrite.set(id, values[i]!);
    const out = await server.database('exact');
    await exportStudy(client, studyKey, { format: 'postgres', out });
    const db = new pg.Client({ connectionString: out });
    await db.connect();
    try {
      const types = await db.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'records' AND column_name IN ('CMDOSE', 'CMFREQ', 'recordId')",
      );
      expect(Object.fromEntries(types.rows.map((r) => [r.column_name, r.data_type]))).toEqual({
        CMDOSE: 'numeric',
        CMFREQ: 'numeric',
        recordId: 'bigint',
      });
      const rows = await db.query(
        'SELECT "recordId", "CMDOSE"::text AS dose, "CMFREQ"::text AS freq FROM records WHERE "recordId" = ANY($1) ORDER BY array_position($1, "recordId")',
        [chosen],
      );
      expect(rows.rows.map((r) => [r.dose, r.freq])).toEqual([
        ['0.12345678901234567891', '123456789012345678901234567890'],
        ['1234567890.12345678901234567890', '-9223372036854775809'],
        [`1${'0'.repeat(400)}`, '7'],
      ]);
    } finally {
      await db.end();
    }
  });

  it('refuses a second run while one holds the target, naming it without the password', async () => {
    const url = await server.database('locked');
    const { client, studyKey } = sandboxClient({ recordsPerStudy: 2000 });
    let loading = () => {};
    const inside = new Promise<void>((resolve) => {
      loading = resolve;
    });
    // The second run starts once the first has written a batch: it holds the lock then.
    const first = syncStudy(client, studyKey, {
      target: postgresTarget(url),
      pageSize: 100,
      onProgress: () => loading(),
    });
    await inside;
    const error = await syncStudy(client, studyKey, { target: postgresTarget(url) }).catch(
      (e) => e,
    );
    await first;
    expect(isSyncLockedError(error)).toBe(true);
    expect(error.message).toContain('127.0.0.1');
    expect(error.message).not.toContain('sync-test');
    // The first run was not disturbed.
    const again = await syncStudy(client, studyKey, { target: postgresTarget(url) });
    expect(again).toMatchObject({ full: false, inserted: 0, updated: 0, deleted: 0 });
  });
});

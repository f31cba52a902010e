import { join } from 'node:path';
import type { Client } from '@imednet/core';
import { waitForJob } from '@imednet/jobs';
import { createRecords, iterateRecords } from '@imednet/resources';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbTarget } from '../src/duckdb/index.ts';
import { type SyncTarget, sqliteTarget, syncStudy } from '../src/index.ts';
import { postgresTarget } from '../src/postgres/index.ts';
import { exactNumberClient } from './helpers/exactNumberClient.ts';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** The CM table as read back: its columns in order with their SQL types, its rows by id. */
interface CmTable {
  columns: { name: string; type: string }[];
  rows: Map<number, Record<string, unknown>>;
}

/** Numbers a double cannot keep, sent as raw JSON numbers in CMDOSE (FLOAT) and CMFREQ (INTEGER). */
const EXACT = [
  { CMDOSE: '12345678901234567891', CMFREQ: '123456789012345678901234567890' },
  { CMDOSE: '1e400', CMFREQ: '-9223372036854775809' },
  { CMDOSE: '1234567890.12345678901234567890', CMFREQ: '7' },
];

/**
 * The target as a custom target would wrap it, whose commit fails after everything was
 * written (a full disk, a lost connection): the run must roll back.
 */
function failingCommit(target: SyncTarget): SyncTarget {
  return {
    ...target,
    async open() {
      const session = await target.open();
      return {
        ...session,
        commit: () => Promise.reject(new Error('commit failed')),
      };
    },
  };
}

/** Plain numbers in CMDOSE from the first run on: a double holds each. */
const PLAIN = ['250', '0.30000000000000004', '1e-7', '1e21'];

/** Changes records at the server as a user would (a `createRecords` job). */
async function update(client: Client, studyKey: string, ids: number[], data: object) {
  const job = await createRecords(
    client,
    studyKey,
    ids.map((recordId) => ({ formKey: 'CM', recordId, data: { ...data } })),
  );
  const done = await waitForJob(client, studyKey, job.batchId, { interval: 1 });
  expect(String(done.state).toLowerCase()).toBe('completed');
}

/**
 * A full sync of plain numbers; then three CM records changed at the server and served with
 * numbers beyond a double or 64 bits (an integer beyond 2^53, `1e400`, a 30-digit decimal,
 * integers beyond 64 bits): the incremental run makes CMDOSE and CMFREQ exact and keeps every
 * other row (its earlier numbers as the export's text of them) and column; then a third run
 * writes plain numbers into the columns, which stay exact.
 */
async function exactScenario(
  target: SyncTarget,
  read: () => Promise<CmTable>,
  expected: { type: string; dose: string[]; freq: string[]; plain: string[] },
  /** Called after the first run: what a user adds to the copy (a view, an index). */
  addToCopy: () => Promise<void> = async () => {},
) {
  const { client, studyKey, rewrite } = exactNumberClient();
  const ids: number[] = [];
  for await (const record of iterateRecords(client, studyKey, { deleted: false })) {
    if (record.formKey === 'CM') ids.push(record.recordId);
  }
  ids.sort((a, b) => a - b);
  expect(ids.length).toBeGreaterThan(7);
  // Plain doubles whose text SQLite and DuckDB would write otherwise than the export does.
  for (const [i, digits] of PLAIN.entries()) rewrite.set(ids[4 + i]!, { CMDOSE: digits });
  await syncStudy(client, studyKey, { target });
  const before = await read();
  expect([...before.rows.keys()]).toEqual(ids);
  await addToCopy();
  const changed = ids.slice(0, 3);
  const later = ids[3]!;
  const others = ids.filter((id) => !changed.includes(id) && id !== later);

  await update(client, studyKey, changed, { CMDOSE: 5, CMFREQ: 2 });
  for (const [i, id] of changed.entries()) rewrite.set(id, EXACT[i]!);
  // A run that fails at its very end (its commit) leaves the columns and rows as they were.
  const failed = await syncStudy(client, studyKey, { target: failingCommit(target) }).catch(
    (e: unknown) => e,
  );
  expect(failed).toMatchObject({ message: 'commit failed' });
  expect(await read()).toEqual(before);
  const second = await syncStudy(client, studyKey, { target });
  expect(second).toMatchObject({ full: false, updated: 3 });
  const after = await read();

  const typeOf = (t: CmTable) => Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
  // Same columns in the same order; only the two numeric ones changed type.
  expect(after.columns.map((c) => c.name)).toEqual(before.columns.map((c) => c.name));
  expect(typeOf(after)).toEqual({
    ...typeOf(before),
    CMDOSE: expected.type,
    CMFREQ: expected.type,
  });
  expect(typeOf(before).CMDOSE).not.toBe(expected.type);
  expect(changed.map((id) => String(after.rows.get(id)!.CMDOSE))).toEqual(expected.dose);
  expect(changed.map((id) => String(after.rows.get(id)!.CMFREQ))).toEqual(expected.freq);
  for (const id of [...others, later]) {
    // The plain doubles are checked below: PostgreSQL's NUMERIC writes them without exponent.
    if (ids.indexOf(id) >= 4 && ids.indexOf(id) < 4 + PLAIN.length) continue;
    const old = before.rows.get(id)!;
    // The export's text of the number it held (a double's shortest digits, an integer's).
    const text = (v: unknown) => (v === null ? null : String(v));
    expect(after.rows.get(id)).toEqual({
      ...old,
      CMDOSE: text(old.CMDOSE),
      CMFREQ: text(old.CMFREQ),
    });
  }

  expect(PLAIN.map((_, i) => after.rows.get(ids[4 + i]!)!.CMDOSE)).toEqual(expected.plain);

  // A later run writes plain numbers into the columns, which stay exact.
  await update(client, studyKey, [later], { CMDOSE: 12, CMFREQ: 3 });
  const third = await syncStudy(client, studyKey, { target });
  expect(third).toMatchObject({ full: false, updated: 1 });
  const last = await read();
  expect(typeOf(last)).toEqual(typeOf(after));
  expect(last.rows.get(later)).toMatchObject({ CMDOSE: '12', CMFREQ: '3' });
  expect(changed.map((id) => String(last.rows.get(id)!.CMDOSE))).toEqual(expected.dose);
  for (const id of others) expect(last.rows.get(id)).toEqual(after.rows.get(id));
}

const TEXT = {
  dose: EXACT.map((v) => v.CMDOSE),
  freq: EXACT.map((v) => v.CMFREQ),
  // The export's text of each: a double's shortest round-trip digits, as JavaScript writes them.
  plain: ['250', '0.30000000000000004', '1e-7', '1e+21'],
};

describe('syncStudy stores numbers beyond a double or 64 bits with their exact digits', () => {
  it('in SQLite: the table is rebuilt with the columns TEXT, key index kept', async () => {
    const path = join(await tempDir(), 'study.sqlite');
    const read = async (): Promise<CmTable> => {
      const db = new Database(path, { readonly: true });
      try {
        const columns = db.prepare('SELECT name, type FROM pragma_table_info(?)').all('CM') as {
          name: string;
          type: string;
        }[];
        const rows = db.prepare('SELECT * FROM "CM" ORDER BY "recordId"').all() as Record<
          string,
          unknown
        >[];
        const indexes = db
          .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CM'")
          .all() as { sql: string }[];
        expect(indexes.map((i) => i.sql).join()).toContain('("recordId")');
        return { columns, rows: new Map(rows.map((r) => [r.recordId as number, r])) };
      } finally {
        db.close();
      }
    };
    // A user's view and index on the copy: the rebuild keeps both.
    const addToCopy = async () => {
      const db = new Database(path);
      db.exec('CREATE VIEW "cm_doses" AS SELECT "recordId", "CMDOSE" FROM "CM"');
      db.exec('CREATE INDEX "cm_by_trt" ON "CM" ("CMTRT")');
      db.close();
    };
    await exactScenario(sqliteTarget(path), read, { type: 'TEXT', ...TEXT }, addToCopy);
    const db = new Database(path, { readonly: true });
    try {
      const viewed = db.prepare('SELECT * FROM "cm_doses" ORDER BY "recordId"').all();
      expect(viewed).toEqual(db.prepare('SELECT "recordId", "CMDOSE" FROM "CM" ORDER BY 1').all());
      expect(viewed.map((r) => (r as { CMDOSE: unknown }).CMDOSE)).toContain('1e400');
      const index = db.prepare("SELECT tbl_name FROM sqlite_master WHERE name = 'cm_by_trt'").get();
      expect(index).toEqual({ tbl_name: 'CM' });
    } finally {
      db.close();
    }
  });

  it("in DuckDB (invalidValues: 'null'): the columns become VARCHAR", async () => {
    const path = join(await tempDir(), 'study.duckdb');
    const read = async (): Promise<CmTable> => {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const connection = await (await DuckDBInstance.fromCache(path)).connect();
      try {
        const columns = (
          await connection.runAndReadAll(
            "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = 'CM' ORDER BY ordinal_position",
          )
        ).getRowObjectsJS() as { name: string; type: string }[];
        const rows = (
          await connection.runAndReadAll('SELECT * FROM "CM" ORDER BY "recordId"')
        ).getRowObjectsJS();
        return { columns, rows: new Map(rows.map((r) => [Number(r.recordId), r])) };
      } finally {
        connection.closeSync();
      }
    };
    await exactScenario(duckdbTarget(path, { invalidValues: 'null' }), read, {
      type: 'VARCHAR',
      ...TEXT,
    });
  });

  describe('in PostgreSQL', () => {
    let server: TestPostgres;
    beforeAll(async () => {
      server = await startPostgres();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the columns become NUMERIC', async () => {
      const url = await server.database('exact');
      const read = async (): Promise<CmTable> => {
        const db = new pg.Client({ connectionString: url });
        await db.connect();
        try {
          const columns = (
            await db.query(
              "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = 'CM' ORDER BY ordinal_position",
            )
          ).rows;
          const rows = (await db.query('SELECT * FROM "CM" ORDER BY "recordId"')).rows;
          return { columns, rows: new Map(rows.map((r) => [Number(r.recordId), r])) };
        } finally {
          await db.end();
        }
      };
      await exactScenario(postgresTarget(url), read, {
        type: 'numeric',
        dose: ['12345678901234567891', `1${'0'.repeat(400)}`, '1234567890.12345678901234567890'],
        freq: TEXT.freq,
        plain: ['250', '0.30000000000000004', '0.0000001', '1000000000000000000000'],
      });
    });
  });
});

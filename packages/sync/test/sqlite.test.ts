import { join } from 'node:path';
import { exportStudy } from '@imednet/export';
import { listQueries, listVisits } from '@imednet/resources';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isSyncLockedError, sqliteTarget, syncStudy } from '../src/index.ts';
import { makeChanges } from './helpers/makeChanges.ts';
import { readSqliteTables } from './helpers/readTables.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

async function exported(client: Parameters<typeof exportStudy>[0], studyKey: string, dir: string) {
  const out = join(dir, `export-${Date.now()}.sqlite`);
  await exportStudy(client, studyKey, { format: 'sqlite', out, byForm: true });
  return readSqliteTables(out);
}

describe('syncStudy into SQLite', () => {
  it('holds every query, with its comments, and every visit of the study', async () => {
    const { client, studyKey } = sandboxClient();
    const path = join(await tempDir(), 'study.sqlite');
    await syncStudy(client, studyKey, { target: sqliteTarget(path) });
    const [queries, visits] = await Promise.all([
      listQueries(client, studyKey),
      listVisits(client, studyKey),
    ]);
    expect(queries.length).toBeGreaterThan(0);
    expect(visits.length).toBeGreaterThan(0);
    const db = new Database(path, { readonly: true });
    try {
      const stored = db
        .prepare('SELECT * FROM "_imednet_queries" ORDER BY "annotationId"')
        .all() as Record<string, unknown>[];
      const byId = [...queries].sort((a, b) => a.annotationId - b.annotationId);
      expect(stored.map((q) => q.annotationId)).toEqual(byId.map((q) => q.annotationId));
      for (const [i, query] of byId.entries()) {
        const row = stored[i] as Record<string, unknown>;
        expect(row.subjectKey).toBe(query.subjectKey);
        expect(row.recordId).toBe(query.recordId);
        expect(row.description).toBe(query.description);
        expect(JSON.parse(String(row.queryComments))).toEqual(
          JSON.parse(JSON.stringify(query.queryComments)),
        );
      }
      const storedVisits = db
        .prepare(
          'SELECT "visitId", "subjectKey", "intervalName", "visitDate" FROM "_imednet_visits"',
        )
        .all() as Record<string, unknown>[];
      expect(storedVisits.map((r) => r.visitId).sort((a, b) => Number(a) - Number(b))).toEqual(
        visits.map((r) => r.visitId).sort((a, b) => a - b),
      );
      const visit = visits[0];
      expect(storedVisits.find((r) => r.visitId === visit?.visitId)).toEqual({
        visitId: visit?.visitId,
        subjectKey: visit?.subjectKey,
        intervalName: visit?.intervalName,
        visitDate: visit?.visitDate,
      });
    } finally {
      db.close();
    }
  });

  it('loads the whole study, then only the changes, and equals a fresh export each time', async () => {
    const { client, sandbox, studyKey } = sandboxClient();
    const dir = await tempDir();
    const path = join(dir, 'study.sqlite');
    const first = await syncStudy(client, studyKey, { target: sqliteTarget(path) });
    const before = await exported(client, studyKey, dir);
    const total = Object.values(before).reduce((n, rows) => n + rows.length, 0);
    expect(total).toBeGreaterThan(250);
    expect(first).toMatchObject({ full: true, inserted: total, updated: 0, deleted: 0 });
    expect(first.fetched).toBe(total);
    expect(first.revisions).toBeGreaterThan(total);
    expect(readSqliteTables(path)).toEqual(before);

    const made = await makeChanges(client, sandbox, studyKey, {
      updates: 4,
      creates: 3,
      deletes: 2,
    });
    const second = await syncStudy(client, studyKey, { target: sqliteTarget(path) });
    expect(second).toMatchObject({ full: false, inserted: 3, updated: 4, deleted: 2 });
    expect(second.fetched).toBe(9);
    // One revision per update, creation and deletion.
    expect(second.revisions).toBe(9);
    const after = await exported(client, studyKey, dir);
    expect(readSqliteTables(path)).toEqual(after);
    expect(after).not.toEqual(before);
    const ids = Object.values(readSqliteTables(path)).flatMap((rows) =>
      rows.map((r) => r.recordId),
    );
    for (const id of made.deleted) expect(ids).not.toContain(id);
    expect(new Set(ids).size).toBe(ids.length);

    const db = new Database(path, { readonly: true });
    const revisions = db
      .prepare('SELECT "recordId", "deleted" FROM "_imednet_revisions" WHERE "deleted" = 1')
      .all();
    expect(revisions.map((r) => (r as { recordId: number }).recordId).sort()).toEqual(
      [...made.deleted].sort(),
    );
    const [row] = db.prepare('SELECT "studyKey", "checkpoint" FROM "_imednet_sync"').all() as {
      studyKey: string;
      checkpoint: string;
    }[];
    db.close();
    expect(row).toEqual({ studyKey, checkpoint: second.checkpoint });

    // Nothing changed since: the overlap window brings nothing back.
    const third = await syncStudy(client, studyKey, { target: sqliteTarget(path) });
    expect(third).toMatchObject({ fetched: 0, inserted: 0, updated: 0, deleted: 0, revisions: 0 });
    expect(readSqliteTables(path)).toEqual(after);
  });

  it('refuses a second run while one holds the target', async () => {
    const { client, studyKey } = sandboxClient();
    const path = join(await tempDir(), 'study.sqlite');
    await syncStudy(client, studyKey, { target: sqliteTarget(path) });
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    const error = await syncStudy(client, studyKey, { target: sqliteTarget(path) }).catch((e) => e);
    holder.exec('ROLLBACK');
    holder.close();
    expect(isSyncLockedError(error)).toBe(true);
    expect(error.message).toContain(path);
  });
});

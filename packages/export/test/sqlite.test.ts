import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ExportColumn } from '../src/index.ts';
import { writeSqlite, writeSqliteTable } from '../src/index.ts';
import { asyncRows, SAMPLE_ROWS, sampleSource } from './helpers/sampleTable.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** The sample as SQLite stores it: booleans 0/1, dates and timestamps as ISO text. */
function sampleAsSqlite(): Record<string, unknown>[] {
  return SAMPLE_ROWS.map((row) => ({
    recordId: row.recordId,
    subjectKey: row.subjectKey ?? null,
    text: row.text ?? null,
    count: row.count ?? null,
    weight: row.weight ?? null,
    flag: row.flag == null ? null : row.flag ? 1 : 0,
    visitDate:
      row.visitDate == null
        ? null
        : new Date(row.visitDate as string | Date).toISOString().slice(0, 10),
    createdAt: row.createdAt == null ? null : (row.createdAt as Date).toISOString(),
  }));
}

describe('writeSqlite', () => {
  it('round-trips exact values (read back with a query)', async () => {
    const file = join(await tempDir(), 'study.db');
    const result = await writeSqlite(file, [{ name: 'records', ...sampleSource() }]);
    expect(result).toEqual({ rows: 5, tables: ['records'] });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT * FROM records ORDER BY recordId').all()).toEqual(sampleAsSqlite());
      const types = db.prepare(`SELECT name, type FROM pragma_table_info('records')`).all();
      expect(types).toContainEqual({ name: 'weight', type: 'REAL' });
    } finally {
      db.close();
    }
  });

  it('quotes table and column names and keeps case-blind duplicates apart', async () => {
    const file = join(await tempDir(), 'names.db');
    const columns: ExportColumn[] = [
      { name: 'a"b; DROP TABLE x; --', type: 'string' },
      { name: 'Age', type: 'integer' },
      { name: 'AGE', type: 'integer' },
    ];
    const rows = [{ 'a"b; DROP TABLE x; --': 'v', Age: 1, AGE: 2 }];
    const result = await writeSqlite(file, [
      { name: 'weird "table"', columns, rows },
      { name: 'WEIRD "TABLE"', columns, rows },
    ]);
    expect(result.tables).toEqual(['weird "table"', 'WEIRD "TABLE"_2']);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT * FROM "weird ""table"""').all()).toEqual([
        { 'a"b; DROP TABLE x; --': 'v', Age: 1, AGE_2: 2 },
      ]);
    } finally {
      db.close();
    }
  });

  it('splits a 2,500-variable form into parts that join back on the keys', async () => {
    const file = join(await tempDir(), 'wide.db');
    const variables = Array.from({ length: 2500 }, (_, i) => `V${i + 1}`);
    const columns: ExportColumn[] = [
      { name: 'recordId', type: 'integer', source: 'fixed' },
      { name: 'subjectKey', type: 'string', source: 'fixed' },
      ...variables.map((name) => ({ name, type: 'number' as const, source: 'variable' as const })),
    ];
    const rows = Array.from({ length: 30 }, (_, r) => {
      const row: Record<string, number | string | null> = { recordId: r + 1, subjectKey: `S${r}` };
      variables.forEach((name, v) => {
        row[name] = v % 97 === 0 ? null : (r + 1) * 10_000 + v - 0.5;
      });
      return row;
    });
    const result = await writeSqlite(file, [{ name: 'WIDE', columns, rows: asyncRows(rows) }]);
    expect(result).toEqual({ rows: 30, tables: ['WIDE_part1', 'WIDE_part2'] });
    const db = new Database(file, { readonly: true });
    try {
      const widths = result.tables.map(
        (t) =>
          (db.prepare(`SELECT count(*) AS n FROM pragma_table_info(?)`).get(t) as { n: number }).n,
      );
      expect(widths).toEqual([2000, 1 + 2 + 2500 - 1997]);
      const part2 = db.prepare('SELECT * FROM WIDE_part2 LIMIT 1').get() as Record<string, unknown>;
      expect(Object.keys(part2).slice(0, 4)).toEqual(['_row', 'recordId', 'subjectKey', 'V1998']);
      // Join the parts back on the keys (one side per query: a result set also stops at
      // 2,000 columns) and compare every cell.
      const join = 'FROM WIDE_part1 p1 JOIN WIDE_part2 p2 USING (_row) ORDER BY _row';
      const left = db.prepare(`SELECT p1.* ${join}`).all() as Record<string, unknown>[];
      const right = db.prepare(`SELECT p2.* ${join}`).all() as Record<string, unknown>[];
      const back = left.map((row, i) => {
        const { _row, ...rest } = { ...row, ...right[i] };
        expect(_row).toBe(i + 1);
        return rest;
      });
      expect(back).toEqual(rows);
    } finally {
      db.close();
    }
  });

  it('uses a row number as the key when no column is fixed', async () => {
    const db = new Database(':memory:');
    try {
      const columns: ExportColumn[] = Array.from({ length: 5 }, (_, i) => ({
        name: `c${i}`,
        type: 'integer',
      }));
      const rows = [0, 1, 2].map((r) =>
        Object.fromEntries(columns.map((c, i) => [c.name, r * 10 + i])),
      );
      const result = await writeSqliteTable(db, 't', { columns, rows }, { maxColumns: 3 });
      expect(result.tables).toEqual(['t_part1', 't_part2', 't_part3']);
      const back = db
        .prepare(
          'SELECT * FROM t_part1 JOIN t_part2 USING (_row) JOIN t_part3 USING (_row) ORDER BY _row',
        )
        .all();
      expect(back).toEqual(rows.map((row, r) => ({ _row: r + 1, ...row })));
    } finally {
      db.close();
    }
  });

  it('writes a long-format table like any other', async () => {
    const file = join(await tempDir(), 'long.db');
    const columns: ExportColumn[] = [
      { name: 'recordId', type: 'integer', source: 'fixed' },
      { name: 'variable', type: 'string', source: 'fixed' },
      { name: 'value', type: 'string', source: 'fixed' },
    ];
    const rows = [
      { recordId: 1, variable: 'AGE', value: '42' },
      { recordId: 1, variable: 'SEX', value: null },
    ];
    await writeSqlite(file, [{ name: 'records_long', columns, rows }]);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT * FROM records_long').all()).toEqual(rows);
    } finally {
      db.close();
    }
  });

  it('commits one transaction per batch', async () => {
    const db = new Database(':memory:');
    try {
      const columns: ExportColumn[] = [{ name: 'n', type: 'integer' }];
      const seen: number[] = [];
      async function* rows() {
        for (let n = 0; n < 25; n++) {
          // Rows of earlier batches are visible while later ones are still coming.
          if (n % 10 === 0 && n > 0) {
            seen.push((db.prepare('SELECT count(*) AS c FROM t').get() as { c: number }).c);
          }
          yield { n };
        }
      }
      await writeSqliteTable(db, 't', { columns, rows: rows() }, { batchSize: 10 });
      expect(seen).toEqual([10, 20]);
      expect((db.prepare('SELECT count(*) AS c FROM t').get() as { c: number }).c).toBe(25);
    } finally {
      db.close();
    }
  });

  it('keeps a value that does not fit its column as it is, as SQLite allows', async () => {
    const db = new Database(':memory:');
    try {
      const columns: ExportColumn[] = [
        { name: 'dose', type: 'number' },
        { name: 'day', type: 'date' },
      ];
      const rows = [
        { dose: 'not done', day: '2024-01-05 10:30:00' },
        { dose: '2.5', day: 'unknown' },
      ];
      await writeSqliteTable(db, 't', { columns, rows });
      expect(db.prepare('SELECT * FROM t').all()).toEqual([
        { dose: 'not done', day: '2024-01-05' },
        { dose: 2.5, day: 'unknown' },
      ]);
    } finally {
      db.close();
    }
  });
});

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { writeDuckDb } from '../src/duckdb/index.ts';
import type { ExportColumn } from '../src/index.ts';
import { SAMPLE_ROWS, sampleSource } from './helpers/sampleTable.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    try {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

describe('writeDuckDb', () => {
  it('round-trips exact values, typed from the columns (read back with a query)', async () => {
    const file = join(await tempDir(), 'study.duckdb');
    const result = await writeDuckDb(file, [{ name: 'records', ...sampleSource() }]);
    expect(result).toEqual({ rows: 5, tables: ['records'] });
    const rows = await query(
      file,
      `SELECT recordId, subjectKey, text, count, weight, flag,
              strftime(visitDate, '%Y-%m-%d') AS visitDate, epoch_ms(createdAt) AS createdAt
       FROM records ORDER BY recordId`,
    );
    expect(rows).toEqual(
      SAMPLE_ROWS.map((row) => ({
        recordId: BigInt(row.recordId as number),
        subjectKey: row.subjectKey ?? null,
        text: row.text ?? null,
        count: row.count == null ? null : BigInt(row.count as number),
        weight: row.weight ?? null,
        flag: row.flag ?? null,
        visitDate:
          row.visitDate == null
            ? null
            : new Date(row.visitDate as string | Date).toISOString().slice(0, 10),
        createdAt: row.createdAt == null ? null : BigInt((row.createdAt as Date).getTime()),
      })),
    );
    const types = await query(
      file,
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'records'`,
    );
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.data_type]))).toEqual({
      recordId: 'BIGINT',
      subjectKey: 'VARCHAR',
      text: 'VARCHAR',
      count: 'BIGINT',
      weight: 'DOUBLE',
      flag: 'BOOLEAN',
      visitDate: 'DATE',
      createdAt: 'TIMESTAMP',
    });
  });

  it('quotes names and keeps clashing tables apart', async () => {
    const file = join(await tempDir(), 'names.duckdb');
    const columns: ExportColumn[] = [{ name: 'x"; DROP TABLE y; --', type: 'string' }];
    const rows = [{ 'x"; DROP TABLE y; --': 'v' }];
    const result = await writeDuckDb(file, [
      { name: 'AE', columns, rows },
      { name: 'ae', columns, rows },
    ]);
    expect(result.tables).toEqual(['AE', 'ae_2']);
    expect(await query(file, 'SELECT * FROM ae_2')).toEqual(rows);
  });

  it('writes a 2,500-column table whole', async () => {
    const file = join(await tempDir(), 'wide.duckdb');
    const columns: ExportColumn[] = Array.from({ length: 2500 }, (_, i) => ({
      name: `V${i}`,
      type: 'integer',
    }));
    const row = Object.fromEntries(columns.map((c, i) => [c.name, -i]));
    await writeDuckDb(file, [{ name: 'wide', columns, rows: [row] }]);
    const [back] = await query(file, 'SELECT * FROM wide');
    expect(Object.keys(back!)).toHaveLength(2500);
    expect(back!.V2499).toBe(-2499n);
  });
});

import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openRecordTable } from '@imednet/workflows';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { exportStudy, writeParquet } from '../src/index.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

describe('Parquet logical types from the variable types (sandbox study)', () => {
  it('writes DATE, TIME and DATETIME variables as DATE, TIME and TIMESTAMP, values intact', async () => {
    const { client, studyKeys } = sandboxClient({ recordsPerStudy: 80 });
    const studyKey = studyKeys[0]!;
    const file = join(await tempDir(), 'study.parquet');
    await exportStudy(client, studyKey, { format: 'parquet', out: file });

    const buffer = await asyncBufferFromFile(file);
    const { schema } = await parquetMetadataAsync(buffer);
    const byName = new Map(schema.slice(1).map((e) => [e.name, e]));
    const typeOf = (name: string) => {
      const e = byName.get(name)!;
      return [e.type, e.converted_type ?? null, e.logical_type ?? null];
    };
    // REGDT and AESTDT are DATE variables, CMSTTM TIME, CMSTDTM DATETIME, CMFREQ INTEGER.
    for (const name of ['REGDT', 'AESTDT', 'BRTHDT']) {
      expect(typeOf(name)).toEqual(['INT32', 'DATE', { type: 'DATE' }]);
    }
    expect(typeOf('CMSTTM')).toEqual([
      'INT32',
      'TIME_MILLIS',
      { type: 'TIME', isAdjustedToUTC: false, unit: 'MILLIS' },
    ]);
    for (const name of ['CMSTDTM', 'dateCreated']) {
      expect(typeOf(name)).toEqual([
        'INT64',
        'TIMESTAMP_MILLIS',
        { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      ]);
    }
    expect(typeOf('CMFREQ')).toEqual(['INT64', null, null]);
    expect(typeOf('AETERM')).toEqual(['BYTE_ARRAY', 'UTF8', { type: 'STRING' }]);

    // Another reader agrees: DuckDB sees the same logical types and the values sent.
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      const path = file.replaceAll("'", "''");
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM '${path}'`);
      const types = Object.fromEntries(
        described.getRowObjectsJS().map((r) => [String(r.column_name), String(r.column_type)]),
      );
      expect(types).toMatchObject({
        REGDT: 'DATE',
        AESTDT: 'DATE',
        CMSTTM: 'TIME',
        CMSTDTM: 'TIMESTAMP WITH TIME ZONE',
        CMFREQ: 'BIGINT',
      });
      const read = await connection.runAndReadAll(
        `SELECT recordId, strftime(REGDT, '%Y-%m-%d') AS REGDT, CAST(CMSTTM AS VARCHAR) AS CMSTTM,
                strftime(CMSTDTM AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS CMSTDTM, CMFREQ
         FROM '${path}' ORDER BY recordId`,
      );
      const fromDuckdb = read.getRowObjectsJS();

      // The mapped rows are the values as sent by the API.
      const { rows } = await openRecordTable(client, studyKey, {});
      const sent: Record<string, unknown>[] = [];
      for await (const row of rows) {
        sent.push({
          recordId: BigInt(row.recordId as number),
          REGDT: row.REGDT ?? null,
          CMSTTM: row.CMSTTM == null ? null : `${row.CMSTTM}:00`,
          CMSTDTM: row.CMSTDTM ?? null,
          CMFREQ: row.CMFREQ == null ? null : BigInt(row.CMFREQ as number),
        });
      }
      sent.sort((a, b) => Number((a.recordId as bigint) - (b.recordId as bigint)));
      expect(fromDuckdb).toEqual(sent);
      // The sandbox study really has such values (not a table of nulls).
      for (const name of ['REGDT', 'CMSTTM', 'CMSTDTM', 'CMFREQ']) {
        expect(sent.filter((r) => r[name] !== null).length, name).toBeGreaterThan(3);
      }
    } finally {
      connection.closeSync();
      db.closeSync();
    }

    // hyparquet reads TIME as milliseconds of the day.
    const back = await parquetReadObjects({ file: buffer, columns: ['CMSTTM'] });
    const times = back.map((r) => r.CMSTTM).filter((t) => t !== null) as number[];
    expect(times.length).toBeGreaterThan(3);
    for (const t of times) {
      expect(Number.isInteger(t) && t >= 0 && t < 86_400_000 && t % 60_000 === 0).toBe(true);
    }
  });

  it('refuses a partial date or an impossible time by default, and writes null when told', async () => {
    const columns = [
      { name: 'd', type: 'date' as const },
      { name: 't', type: 'time' as const },
    ];
    const dir = await tempDir();
    for (const row of [
      { d: '2024-05', t: '10:00' },
      { d: '31-FEB-2024', t: '10:00' },
      { d: '2024-05-01', t: '25:00' },
      { d: '2024-05-01', t: '10:60' },
    ]) {
      await expect(
        writeParquet({ columns, rows: [row] }, createWriteStream(join(dir, 'bad.parquet'))),
      ).rejects.toThrow(/cannot hold/);
    }
    const file = join(dir, 'null.parquet');
    await writeParquet(
      {
        columns,
        rows: [
          { d: '2024-05', t: '25:00' },
          { d: '2024-05-01', t: '07:05:09.250' },
          { d: '05-Jan-2024', t: '23:59' },
        ],
      },
      createWriteStream(file),
      { invalidValues: 'null' },
    );
    expect(await parquetReadObjects({ file: await asyncBufferFromFile(file) })).toEqual([
      { d: null, t: null },
      { d: new Date('2024-05-01T00:00:00Z'), t: ((7 * 60 + 5) * 60 + 9) * 1000 + 250 },
      { d: new Date('2024-01-05T00:00:00Z'), t: (23 * 60 + 59) * 60 * 1000 },
    ]);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import { ExactNumber } from '@imednet/core';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import {
  type ExactColumnsError,
  type ExportFormat,
  exportStudy,
  isExactColumnsError,
  isExportError,
  writeParquet,
} from '../src/index.ts';
import { expectSchemaValid } from './helpers/datasetJsonChecks.ts';
import { parseCsv } from './helpers/parseCsv.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** Raw JSON number texts a double cannot hold, put into CM records (CMDOSE is FLOAT). */
const DECIMALS = ['12345678901234567891', '1e400', '0.12345678901234567891'];
/** The ends of the 64-bit range, put into CMFREQ (INTEGER). */
const INT64 = ['9223372036854775807', '-9223372036854775808'];

/**
 * A sandbox client whose record pages carry `values` as raw JSON numbers in `variable` of the
 * first CM records (the same records on every request). Returns the chosen record ids.
 */
function clientWith(variable: string, values: readonly string[]) {
  const chosen: number[] = [];
  const { client, studyKeys } = sandboxClient({
    seed: 5,
    recordsPerStudy: 60,
    studyCount: 1,
    rewrite: async (url, response) => {
      if (!url.pathname.endsWith('/records') || !response.ok) return response;
      const body = await response.json();
      const marks = new Map<string, string>();
      for (const record of body.data as { recordId: number; formKey: string; recordData: {} }[]) {
        if (record.formKey !== 'CM') continue;
        if (!chosen.includes(record.recordId) && chosen.length < values.length) {
          chosen.push(record.recordId);
        }
        const index = chosen.indexOf(record.recordId);
        if (index < 0) continue;
        const mark = `@@exact${index}@@`;
        marks.set(`"${mark}"`, values[index]!);
        Object.assign(record.recordData, { [variable]: mark });
      }
      let text = JSON.stringify(body);
      for (const [mark, digits] of marks) text = text.replace(mark, digits);
      return new Response(text, { status: response.status, headers: response.headers });
    },
  });
  return { client, studyKey: studyKeys[0]!, chosen };
}

async function exported(format: ExportFormat, variable: string, values: readonly string[]) {
  const { client, studyKey, chosen } = clientWith(variable, values);
  const dir = await tempDir();
  const out = join(dir, format === 'dataset-json' ? 'dsj' : `study.${format}`);
  await exportStudy(client, studyKey, { format, out });
  expect(chosen).toHaveLength(values.length);
  return { out, chosen };
}

/** The JSON number text of `name` in a JSON object's text (the raw digits, not a re-parse). */
function rawMember(objectText: string, name: string): string | undefined {
  return new RegExp(`"${name}":(-?[0-9][0-9.eE+-]*)[,}]`).exec(objectText)?.[1];
}

describe('numbers beyond double precision are written with their exact digits', () => {
  it.each([
    ['CMDOSE (FLOAT)', 'CMDOSE', DECIMALS],
    ['CMFREQ (INTEGER)', 'CMFREQ', INT64],
  ])('CSV, NDJSON and JSON: %s', async (_, variable, values) => {
    const csv = await exported('csv', variable, values);
    const [header, ...rows] = parseCsv(await readFile(csv.out, 'utf8'));
    const id = header!.indexOf('recordId');
    const column = header!.indexOf(variable);
    csv.chosen.forEach((recordId, i) => {
      const row = rows.find((r) => r[id] === String(recordId))!;
      expect(row[column]).toBe(values[i]);
    });

    const ndjson = await exported('ndjson', variable, values);
    const lines = (await readFile(ndjson.out, 'utf8')).trim().split('\n');
    ndjson.chosen.forEach((recordId, i) => {
      const line = lines.find((l) => l.includes(`"recordId":${recordId},`))!;
      expect(rawMember(line, variable)).toBe(values[i]);
      expect(() => JSON.parse(line)).not.toThrow();
    });

    const json = await exported('json', variable, values);
    const text = await readFile(json.out, 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    for (const value of values) expect(text).toContain(`"${variable}":${value}`);
  });

  it.each([
    ['CMDOSE', DECIMALS],
    ['CMFREQ', INT64],
  ])(
    'Excel: %s as text of the exact digits (an Excel number is a double)',
    async (variable, values) => {
      const { out, chosen } = await exported('xlsx', variable, values);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const sheet = book.getWorksheet('CM')!;
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      const id = header.indexOf('recordId');
      const column = header.indexOf(variable);
      const cells = new Map<unknown, unknown>();
      sheet.eachRow((row) => cells.set(row.getCell(id).value, row.getCell(column).value));
      expect(chosen.map((recordId) => cells.get(recordId))).toEqual(values);
    },
  );

  it('Dataset-JSON: decimals as their exact decimal text', async () => {
    const { out, chosen } = await exported('dataset-json', 'CMDOSE', DECIMALS);
    expect(await readdir(out)).toContain('CM.json');
    const dataset = JSON.parse(await readFile(join(out, 'CM.json'), 'utf8'));
    const names = (dataset.columns as { name: string }[]).map((c) => c.name);
    const rows = dataset.rows as unknown[][];
    const at = names.indexOf('CMDOSE');
    const byRecord = (id: number) => rows.find((r) => r.includes(id))!;
    expect(chosen.map((id) => byRecord(id)[at])).toEqual([
      '12345678901234567891',
      `1${'0'.repeat(400)}`,
      '0.12345678901234567891',
    ]);
  });

  it('Dataset-JSON: integers beyond 2^53 as JSON integers of their exact digits', async () => {
    const values = [...INT64, '1234567890123456789012345'];
    const { out, chosen } = await exported('dataset-json', 'CMFREQ', values);
    const text = await readFile(join(out, 'CM.json'), 'utf8');
    const dataset = JSON.parse(text);
    expectSchemaValid(dataset);
    const at = (dataset.columns as { name: string }[]).findIndex((c) => c.name === 'CMFREQ');
    expect(dataset.columns[at].dataType).toBe('integer');
    const rows = text.slice(text.indexOf('"rows":[') + 8).split('],[');
    chosen.forEach((recordId, i) => {
      const row = rows.find((r) => r.includes(`,${recordId},`))!;
      // The raw text, not a re-parse: the cell is a JSON number of the exact digits.
      expect(row.split(',')[at]).toBe(values[i]);
    });
  });

  it('SQLite, DuckDB and Parquet: 64-bit integers exactly', async () => {
    const sqlite = await exported('sqlite', 'CMFREQ', INT64);
    const db = new Database(sqlite.out, { readonly: true });
    try {
      const query = db.prepare(
        'SELECT recordId, CMFREQ, typeof(CMFREQ) AS t FROM records WHERE recordId = ?',
      );
      query.safeIntegers(true);
      sqlite.chosen.forEach((recordId, i) => {
        const row = query.get(recordId) as { CMFREQ: bigint; t: string };
        expect([String(row.CMFREQ), row.t]).toEqual([INT64[i], 'integer']);
      });
    } finally {
      db.close();
    }

    const duck = await exported('duckdb', 'CMFREQ', INT64);
    const instance = await DuckDBInstance.create(duck.out);
    const connection = await instance.connect();
    try {
      for (const [i, recordId] of duck.chosen.entries()) {
        const reader = await connection.runAndReadAll(
          `SELECT CAST(CMFREQ AS VARCHAR) AS v FROM records WHERE recordId = ${recordId}`,
        );
        expect(reader.getRowObjectsJS()[0]!.v).toBe(INT64[i]);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }

    const parquet = await exported('parquet', 'CMFREQ', INT64);
    const rows = await parquetReadObjects({
      file: await asyncBufferFromFile(parquet.out),
      columns: ['recordId', 'CMFREQ'],
    });
    parquet.chosen.forEach((recordId, i) => {
      const row = rows.find((r) => r.recordId === BigInt(recordId))!;
      expect(String(row.CMFREQ)).toBe(INT64[i]);
    });
  });

  /** CMDOSE (FLOAT): beyond a double; CMFREQ (INTEGER): beyond 64 bits. */
  const BEYOND = {
    CMDOSE: [...DECIMALS, '1234567890.12345678901234567890', '-1.5e-400'],
    CMFREQ: ['123456789012345678901234567890', '-9223372036854775809'],
  };

  /** Every cell of the records table, by record id, read back as text and as the SQL type. */
  async function readBack(format: 'sqlite' | 'duckdb' | 'parquet', out: string) {
    const cells = new Map<string, Map<number, string | null>>();
    const types = new Map<string, string>();
    const note = (column: string, recordId: number, value: string | null) => {
      if (!cells.has(column)) cells.set(column, new Map());
      cells.get(column)!.set(recordId, value);
    };
    if (format === 'sqlite') {
      const db = new Database(out, { readonly: true });
      try {
        for (const c of db.pragma('table_info(records)') as { name: string; type: string }[]) {
          types.set(c.name, c.type);
        }
        const query = db.prepare('SELECT recordId, CMDOSE, CMFREQ FROM records');
        for (const row of query.all() as Record<string, number | string | null>[]) {
          for (const column of ['CMDOSE', 'CMFREQ']) {
            const value = row[column];
            note(column, Number(row.recordId), value === null ? null : String(value));
          }
        }
      } finally {
        db.close();
      }
    } else if (format === 'duckdb') {
      const instance = await DuckDBInstance.create(out);
      const connection = await instance.connect();
      try {
        const info = await connection.runAndReadAll(
          "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'records'",
        );
        for (const [name, type] of info.getRows()) types.set(String(name), String(type));
        const reader = await connection.runAndReadAll(
          'SELECT recordId, CMDOSE, CMFREQ FROM records',
        );
        for (const row of reader.getRowObjectsJS()) {
          for (const column of ['CMDOSE', 'CMFREQ']) {
            const value = row[column];
            note(column, Number(row.recordId), value === null ? null : String(value));
          }
        }
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    } else {
      const file = await asyncBufferFromFile(out);
      const metadata = await parquetMetadataAsync(file);
      for (const element of metadata.schema.slice(1)) {
        types.set(element.name, element.converted_type ?? element.type ?? '');
      }
      const rows = await parquetReadObjects({ file, columns: ['recordId', 'CMDOSE', 'CMFREQ'] });
      for (const row of rows) {
        for (const column of ['CMDOSE', 'CMFREQ']) {
          const value = row[column];
          note(column, Number(row.recordId), value === null ? null : String(value));
        }
      }
    }
    return { cells, types };
  }

  const TEXT_TYPE = { sqlite: 'TEXT', duckdb: 'VARCHAR', parquet: 'UTF8' };
  const NUMBER_TYPE = { sqlite: 'REAL', duckdb: 'DOUBLE', parquet: 'DOUBLE' };
  const INTEGER_TYPE = { sqlite: 'INTEGER', duckdb: 'BIGINT', parquet: 'INT64' };

  it.each(['sqlite', 'duckdb', 'parquet'] as const)(
    '%s: a number column holding numbers beyond a double is text of the exact digits (others stay typed)',
    async (format) => {
      const reference = await exported('csv', 'CMDOSE', BEYOND.CMDOSE);
      const [header, ...csvRows] = parseCsv(await readFile(reference.out, 'utf8'));
      const csv = (name: string) => {
        const at = header!.indexOf(name);
        const id = header!.indexOf('recordId');
        return new Map(csvRows.map((r) => [Number(r[id]), r[at] === '' ? null : r[at]!]));
      };
      const { out, chosen } = await exported(format, 'CMDOSE', BEYOND.CMDOSE);
      const { cells, types } = await readBack(format, out);
      expect(types.get('CMDOSE')).toBe(TEXT_TYPE[format]);
      // Only the column that needs it: CMFREQ keeps its integer type.
      expect(types.get('CMFREQ')).toBe(INTEGER_TYPE[format]);
      expect(chosen.map((id) => cells.get('CMDOSE')!.get(id))).toEqual(BEYOND.CMDOSE);
      // Every other value of the column is the digits CSV writes (a double's shortest form).
      expect(cells.get('CMDOSE')).toEqual(csv('CMDOSE'));
      expect([...cells.get('CMDOSE')!.values()].filter((v) => v !== null).length).toBeGreaterThan(
        BEYOND.CMDOSE.length,
      );
    },
  );

  it.each(['sqlite', 'duckdb', 'parquet'] as const)(
    '%s: an integer column holding integers beyond 64 bits is text of the exact digits, also under invalidValues null',
    async (format) => {
      const { client, studyKey, chosen } = clientWith('CMFREQ', BEYOND.CMFREQ);
      const out = join(await tempDir(), `study.${format}`);
      await exportStudy(client, studyKey, { format, out, invalidValues: 'null' });
      const { cells, types } = await readBack(format, out);
      expect(types.get('CMFREQ')).toBe(TEXT_TYPE[format]);
      expect(types.get('CMDOSE')).toBe(NUMBER_TYPE[format]);
      expect(chosen.map((id) => cells.get('CMFREQ')!.get(id))).toEqual(BEYOND.CMFREQ);
    },
  );
});

describe('the typed writers given numbers beyond their column types directly', () => {
  const columns = [
    { name: 'id', type: 'integer' },
    { name: 'dose', type: 'number' },
    { name: 'count', type: 'integer' },
    { name: 'plain', type: 'number' },
  ] as const;
  const rows = [
    { id: 1, dose: 1.5, count: 2, plain: 0.1 },
    { id: 2, dose: new ExactNumber('1e400'), count: 3, plain: 0.2 },
    { id: 3, dose: null, count: new ExactNumber('123456789012345678901234567890'), plain: 3 },
    { id: 4, dose: '0.12345678901234567891', count: 5, plain: 4 },
  ];

  it('raise one ExactColumnsError naming every column that needs exact text, never a value', async () => {
    const error = await writeParquet({ columns, rows }, new PassThrough().resume()).catch(
      (e: unknown) => e,
    );
    expect(isExactColumnsError(error)).toBe(true);
    expect(isExportError(error)).toBe(true);
    expect((error as ExactColumnsError).columns).toEqual(['dose', 'count']);
    expect((error as Error).message).not.toContain('1e400');
  });

  it('write the exactColumns as text of the exact digits', async () => {
    const chunks: Buffer[] = [];
    const stream = new PassThrough().on('data', (c: Buffer) => chunks.push(c));
    await writeParquet({ columns, rows }, stream, { exactColumns: ['dose', 'count'] });
    const buffer = Buffer.concat(chunks);
    const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length);
    expect(await parquetReadObjects({ file })).toEqual([
      { id: 1n, dose: '1.5', count: '2', plain: 0.1 },
      { id: 2n, dose: '1e400', count: '3', plain: 0.2 },
      { id: 3n, dose: null, count: '123456789012345678901234567890', plain: 3 },
      { id: 4n, dose: '0.12345678901234567891', count: '5', plain: 4 },
    ]);
  });
});

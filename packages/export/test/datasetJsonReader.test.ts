import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type DatasetJsonColumn,
  type DatasetJsonInput,
  type DatasetJsonRow,
  isDatasetJsonError,
  readDatasetJson,
  writeDatasetJson,
} from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { useTempDir } from './helpers/tempDir.ts';

const FIXTURES = new URL('./fixtures/cdisc/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES);
const tempDir = useTempDir();

async function readAll(input: DatasetJsonInput) {
  const reader = await readDatasetJson(input);
  const rows: DatasetJsonRow[] = [];
  for await (const row of reader.rows) rows.push(row);
  return { ...reader, rows };
}

/** The bytes as a stream of tiny chunks, so values, escapes and characters straddle them. */
function trickle(bytes: Uint8Array, size = 7): Readable {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function failure(input: DatasetJsonInput): Promise<unknown> {
  try {
    await readAll(input);
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
}

const text = (s: string) => new TextEncoder().encode(s);

const METADATA = {
  datasetJSONCreationDateTime: '2024-01-01T00:00:00',
  datasetJSONVersion: '1.1.0',
  itemGroupOID: 'IG.X',
  records: 1,
  name: 'X',
  label: 'X',
  columns: [
    { itemOID: 'IT.X.A', name: 'A', label: 'A', dataType: 'string' },
    { itemOID: 'IT.X.B', name: 'B', label: 'B', dataType: 'integer' },
  ],
};

describe('readDatasetJson', () => {
  it('reads the official DM example to identical metadata and rows in all three encodings', async () => {
    const { rows: expectedRows, ...expectedMetadata } = JSON.parse(
      readFileSync(fixture('dm.json'), 'utf8'),
    );
    const json = await readAll(fixture('dm.json'));
    const ndjson = await readAll(fixture('dm.ndjson'));
    const dsjc = await readAll(fixture('dm.dsjc'));
    expect([json.encoding, ndjson.encoding, dsjc.encoding]).toEqual(['json', 'ndjson', 'dsjc']);
    expect(json.metadata).toEqual(expectedMetadata);
    expect(json.rows).toEqual(expectedRows);
    expect(json.rows).toHaveLength(18);
    // Attribute order as in the file (the standard's order).
    expect(Object.keys(json.metadata)).toEqual(Object.keys(expectedMetadata));
    expect(ndjson.metadata).toEqual(json.metadata);
    expect(ndjson.rows).toEqual(json.rows);
    // Upstream re-wrote the .dsjc with another tool, which stamped its own creation time and
    // source system into line 1: everything else is identical.
    const dsjcLines = gunzipSync(readFileSync(fixture('dm.dsjc')))
      .toString('utf8')
      .split('\n');
    const dsjcHead = JSON.parse(dsjcLines[0]!);
    expect(dsjc.metadata).toEqual({
      ...json.metadata,
      datasetJSONCreationDateTime: dsjcHead.datasetJSONCreationDateTime,
      sourceSystem: dsjcHead.sourceSystem,
    });
    expect(dsjcHead.sourceSystem).not.toEqual(json.metadata.sourceSystem);
    expect(dsjc.rows).toEqual(json.rows);
  });

  it('reads .dsjc framed with zlib as well as gzip, and any input kind', async () => {
    const ndjson = readFileSync(fixture('dm.ndjson'));
    const expected = await readAll(fixture('dm.ndjson'));
    const zlib = await readAll(deflateSync(ndjson));
    expect(zlib.encoding).toBe('dsjc');
    expect(zlib.rows).toEqual(expected.rows);
    const dir = await tempDir();
    await writeFile(join(dir, 'dm.dsjc'), gzipSync(ndjson));
    const inputs: DatasetJsonInput[] = [
      join(dir, 'dm.dsjc'),
      new Uint8Array(readFileSync(fixture('dm.json'))),
      trickle(readFileSync(fixture('dm.json')), 3),
      Readable.toWeb(trickle(ndjson)) as ReadableStream<Uint8Array>,
    ];
    for (const input of inputs) {
      const read = await readAll(input);
      expect(read.metadata).toEqual(expected.metadata);
      expect(read.rows).toEqual(expected.rows);
    }
  });

  it('refuses a Dataset-JSON 1.0 file by name', async () => {
    const v10 = {
      creationDateTime: '2023-03-17T15:04:05',
      datasetJSONVersion: '1.0.0',
      clinicalData: { studyOID: 'S', itemGroupData: {} },
    };
    for (const input of [
      JSON.stringify(v10),
      JSON.stringify({ ...METADATA, datasetJSONVersion: '1.0.0' }),
    ]) {
      const error = await failure(text(input));
      expect(isDatasetJsonError(error)).toBe(true);
      expect((error as Error).message).toMatch(/Dataset-JSON 1\.0 file; only 1\.1 is read/);
    }
    const other = await failure(text(JSON.stringify({ ...METADATA, datasetJSONVersion: '2.0' })));
    expect((other as Error).message).toContain('datasetJSONVersion is "2.0"');
  });

  it('refuses rows that do not match their columns, naming row and column', async () => {
    const cases: [unknown, object][] = [
      [
        ['a'],
        { row: 1, column: null, message: expect.stringContaining('1 values but there are 2') },
      ],
      [['a', 1, 2], { row: 1, message: expect.stringContaining('3 values') }],
      [['a', '1'], { row: 1, column: 'B', message: expect.stringContaining('dataType "integer"') }],
      [['a', 1.5], { row: 1, column: 'B' }],
      [[1, 1], { row: 1, column: 'A' }],
      [
        { A: 'a', B: 1 },
        { row: 1, message: expect.stringContaining('not an array') },
      ],
    ];
    for (const [row, expected] of cases) {
      for (const input of [
        JSON.stringify({ ...METADATA, rows: [row] }),
        `${JSON.stringify(METADATA)}\n${JSON.stringify(row)}\n`,
      ]) {
        const error = await failure(text(input));
        expect(isDatasetJsonError(error), input).toBe(true);
        expect(error, input).toMatchObject(expected);
      }
    }
  });

  it('keeps numbers a double would round exactly, as written, in every encoding', async () => {
    const columns = [
      ...METADATA.columns,
      { itemOID: 'IT.X.C', name: 'C', label: 'C', dataType: 'double' },
    ];
    const metadata = { ...METADATA, records: 2, columns };
    const rows = ['["a",12345678901234567891,1e400]', '["b",-9223372036854775809,0.1]'];
    const json = `${JSON.stringify(metadata).slice(0, -1)},"rows":[${rows.join(',')}]}`;
    const ndjson = `${JSON.stringify(metadata)}\n${rows.join('\n')}\n`;
    for (const input of [text(json), text(ndjson), gzipSync(text(ndjson))]) {
      const read = await readAll(input);
      expect(
        read.rows.map((row) => row.map((v) => (typeof v === 'object' ? String(v) : v))),
      ).toEqual([
        ['a', '12345678901234567891', '1e400'],
        ['b', '-9223372036854775809', 0.1],
      ]);
    }
    // Written back, the digits are the same.
    const read = await readAll(text(ndjson));
    const out = collectStream();
    await writeDatasetJson({ ...read.metadata, rows: read.rows }, out.stream, {
      encoding: 'ndjson',
    });
    expect(out.text().trim().split('\n').slice(1)).toEqual(rows);
    // A non-integer is still no integer.
    const error = await failure(text(`${JSON.stringify(METADATA)}\n["a",1e400]\n`));
    expect(error).toMatchObject({ row: 1, column: 'B' });
  });

  it('refuses a record count that does not match the rows, and broken files', async () => {
    const rows = [
      ['a', 1],
      ['b', null],
    ];
    const bad = [
      JSON.stringify({ ...METADATA, rows }),
      `${JSON.stringify(METADATA)}\n["a",1]\n["b",null]\n`,
      JSON.stringify({ ...METADATA, records: 1, rows: [] }),
      JSON.stringify({ ...METADATA, rows: [['a', 1]] }).slice(0, -2),
      '{"datasetJSONVersion":"1.1.0","rows":[["a",1]],"columns":[]}',
      JSON.stringify({ ...METADATA, rows: [['a', 1]], records: 1 })
        .replace('"rows"', '"extra":1,"rows"')
        .replace(/}$/, ',"name":"late"}'),
      JSON.stringify({ ...METADATA, columns: [{ name: 'A' }] }),
      '',
      gzipSync(text(JSON.stringify(METADATA))).subarray(0, 30),
    ];
    const reasons = [
      /"records" is 1 but the file has 2 rows/,
      /"records" is 1 but the file has 2 rows/,
      /"records" is 1 but the file has 0 rows/,
      /malformed JSON/,
      /"rows" comes before "columns"/,
      /attributes after "rows"/,
      /invalid metadata at columns\.0\.itemOID/,
      /the file is empty/,
      /the compressed data is corrupt|malformed/,
    ];
    for (const [i, input] of bad.entries()) {
      const error = await failure(typeof input === 'string' ? text(input) : input);
      expect(isDatasetJsonError(error), String(i)).toBe(true);
      expect((error as Error).message, String(i)).toMatch(reasons[i]!);
    }
  });

  it('releases a file it is told to close before reading the rows', async () => {
    const reader = await readDatasetJson(fixture('dm.json'));
    expect(reader.metadata.records).toBe(18);
    await reader.close();
  });
});

const COLUMNS: DatasetJsonColumn[] = [
  { itemOID: 'IT.T.ID', name: 'ID', label: 'Id', dataType: 'integer', keySequence: 1 },
  { itemOID: 'IT.T.TEXT', name: 'TEXT', label: 'Text', dataType: 'string' },
  {
    itemOID: 'IT.T.DEC',
    name: 'DEC',
    label: 'Dec',
    dataType: 'decimal',
    targetDataType: 'decimal',
  },
  { itemOID: 'IT.T.DATE', name: 'DATE', label: 'Date', dataType: 'date' },
  { itemOID: 'IT.T.DT', name: 'DT', label: 'Date-time', dataType: 'datetime' },
  { itemOID: 'IT.T.TIME', name: 'TIME', label: 'Time', dataType: 'time' },
  { itemOID: 'IT.T.FLAG', name: 'FLAG', label: 'Flag', dataType: 'boolean' },
  { itemOID: 'IT.T.F', name: 'F', label: 'Float', dataType: 'double' },
];

/** Values a naive writer or reader gets wrong. */
const TRICKY: DatasetJsonRow[] = [
  [
    1,
    'ünïcödé 頭痛 😀 \u2028\u2029 end',
    '12345678901234567890.123456789012345678',
    '2024-02-29',
    '2024-02-29T23:59:59.999+05:30',
    '23:59:59',
    true,
    0.1,
  ],
  [
    2,
    'quotes " and \\" and \\\\ and \' ',
    '-0.000000000000000000001',
    '1999',
    '2024-01-01T00:00:00Z',
    '00:00',
    false,
    -1e-300,
  ],
  [
    3,
    'line\nbreak\r\nand\ttab \u0000 nul',
    '0',
    '2024-07',
    '2024-01-01T00:00:00',
    '12:30:00.5',
    null,
    1.7976931348623157e308,
  ],
  [4, null, null, null, null, null, null, null],
  [5, '', '100.10', null, null, null, null, 0],
  [6, '{"not":"an object"}', '1.50', '2000-01-01', null, null, true, 5e-324],
];

describe('Dataset-JSON round trip', () => {
  for (const encoding of ['json', 'ndjson', 'dsjc'] as const) {
    it(`writes and reads back the exact values (${encoding})`, async () => {
      const out = collectStream();
      await writeDatasetJson(
        { itemGroupOID: 'IG.T', name: 'T', label: 'Tricky', columns: COLUMNS, rows: TRICKY },
        out.stream,
        { encoding },
      );
      for (const input of [out.bytes(), trickle(out.bytes(), 5)]) {
        const read = await readAll(input);
        expect(read.encoding).toBe(encoding);
        expect(read.rows).toEqual(TRICKY);
        expect(read.metadata.records).toBe(TRICKY.length);
        expect(read.metadata.columns.map(({ length: _, ...c }) => c)).toEqual(COLUMNS);
      }
      if (encoding === 'dsjc') expect(gunzipSync(out.bytes()).toString()).toContain('\n');
    });
  }
});

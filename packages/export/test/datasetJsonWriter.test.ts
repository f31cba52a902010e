import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type DatasetJsonColumn,
  type DatasetJsonSource,
  isDatasetJsonError,
  writeDatasetJson,
} from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { expectRowsFit, parseDataset } from './helpers/datasetJsonChecks.ts';

const COLUMNS: DatasetJsonColumn[] = [
  { itemOID: 'IT.AE.ID', name: 'ID', label: 'Record', dataType: 'integer', keySequence: 1 },
  { itemOID: 'IT.AE.TERM', name: 'TERM', label: 'Term', dataType: 'string' },
  {
    itemOID: 'IT.AE.DOSE',
    name: 'DOSE',
    label: 'Dose',
    dataType: 'decimal',
    targetDataType: 'decimal',
  },
  { itemOID: 'IT.AE.STDT', name: 'STDT', label: 'Start', dataType: 'date' },
  { itemOID: 'IT.AE.MOD', name: 'MOD', label: 'Modified', dataType: 'datetime' },
  { itemOID: 'IT.AE.SER', name: 'SER', label: 'Serious', dataType: 'boolean' },
];

function source(rows: unknown[][], extra: Partial<DatasetJsonSource> = {}): DatasetJsonSource {
  return {
    fileOID: 'F.AE',
    originator: 'Test',
    sourceSystem: { name: 'iMednet EDC', version: '1' },
    studyOID: 'STUDY-1',
    itemGroupOID: 'IG.AE',
    name: 'AE',
    label: 'Adverse Event',
    columns: COLUMNS,
    rows,
    ...extra,
  };
}

const ROWS = [
  [1, 'Kopfschmerz ü 頭痛 😀', '12.50', '2024-02-29', new Date('2024-03-01T10:00:00Z'), true],
  [2, 'say "hi"\nnew line', 0.1, '05-MAR-2024', '2024-03-02 08:30:15', 'false'],
  [3, null, 1e21, undefined, null, null],
  [4, '', '-1.5e-3', '2024-03', '2024-03-04T09:00:00.123+0130', ''],
];

const EXPECTED = [
  [1, 'Kopfschmerz ü 頭痛 😀', '12.50', '2024-02-29', '2024-03-01T10:00:00.000Z', true],
  [2, 'say "hi"\nnew line', '0.1', '2024-03-05', '2024-03-02T08:30:15', false],
  [3, null, '1000000000000000000000', null, null, null],
  [4, '', '-0.0015', '2024-03', '2024-03-04T09:00:00.123+01:30', null],
];

describe('writeDatasetJson', () => {
  it('writes a .json file the official schema accepts, attributes in the recommended order', async () => {
    const out = collectStream();
    const result = await writeDatasetJson(source(ROWS), out.stream, {
      lastModifiedColumn: 'MOD',
    });
    expect(result.rows).toBe(4);
    const { metadata, rows } = parseDataset(out.text(), 'json');
    expect(Object.keys(JSON.parse(out.text()))).toEqual([
      'datasetJSONCreationDateTime',
      'datasetJSONVersion',
      'fileOID',
      'dbLastModifiedDateTime',
      'originator',
      'sourceSystem',
      'studyOID',
      'itemGroupOID',
      'records',
      'name',
      'label',
      'columns',
      'rows',
    ]);
    expect(metadata.datasetJSONVersion).toBe('1.1.0');
    expect(metadata.records).toBe(4);
    expect(metadata.dbLastModifiedDateTime).toBe('2024-03-04T09:00:00.123+01:30');
    expect(rows).toEqual(EXPECTED);
    const columns = metadata.columns as DatasetJsonColumn[];
    // Length in characters: the emoji counts once (it is two UTF-16 units: 19 by .length).
    expect(columns[1]).toEqual({ ...COLUMNS[1], length: 18 });
    expect(columns[0]).toEqual(COLUMNS[0]);
    expectRowsFit(columns, rows);
    expect(result.metadata).toEqual(metadata);
  });

  it('writes NDJSON with the metadata alone on line 1', async () => {
    const out = collectStream();
    await writeDatasetJson(source(ROWS), out.stream, { encoding: 'ndjson' });
    const { metadata, rows } = parseDataset(out.text(), 'ndjson');
    expect(metadata.records).toBe(4);
    expect(metadata).not.toHaveProperty('dbLastModifiedDateTime');
    expect(rows).toEqual(EXPECTED);
    expectRowsFit(metadata.columns as DatasetJsonColumn[], rows);
  });

  it('writes .dsjc as gzip-compressed NDJSON', async () => {
    const out = collectStream();
    await writeDatasetJson(source(ROWS), out.stream, { encoding: 'dsjc' });
    const bytes = out.bytes();
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const { rows } = parseDataset(gunzipSync(bytes).toString('utf8'), 'ndjson');
    expect(rows).toEqual(EXPECTED);
  });

  it('writes an empty dataset with records 0 in every encoding', async () => {
    for (const encoding of ['json', 'ndjson'] as const) {
      const out = collectStream();
      expect((await writeDatasetJson(source([]), out.stream, { encoding })).rows).toBe(0);
      const { metadata, rows } = parseDataset(out.text(), encoding);
      expect(metadata.records).toBe(0);
      expect(rows).toEqual([]);
    }
  });

  it('refuses a row of the wrong length, naming the row', async () => {
    const error = await writeDatasetJson(
      source([ROWS[0]!, [1, 'x']]),
      collectStream().stream,
    ).catch((e: unknown) => e);
    expect(isDatasetJsonError(error)).toBe(true);
    expect(error).toMatchObject({ row: 2, column: null });
    expect((error as Error).message).toContain('2 values but there are 6 columns');
  });

  it('refuses a value its column cannot hold without echoing it, or writes null if asked', async () => {
    const bad = [[1, 'x', 'twelve point five', null, null, null]];
    const error = await writeDatasetJson(source(bad), collectStream().stream).catch(
      (e: unknown) => e,
    );
    expect(isDatasetJsonError(error)).toBe(true);
    expect(error).toMatchObject({ row: 1, column: 'DOSE' });
    expect((error as Error).message).not.toContain('twelve');
    const out = collectStream();
    await writeDatasetJson(source(bad), out.stream, { invalidValues: 'null' });
    expect(parseDataset(out.text(), 'json').rows).toEqual([[1, 'x', null, null, null, null]]);
  });

  it('rejects dates that do not exist and numbers beyond a safe integer', async () => {
    for (const [i, value] of [
      [3, '2023-02-29'],
      [3, '31-APR-2024'],
      [4, '2024-01-01T25:00'],
      [0, 2 ** 53],
      [0, '1.5'],
    ] as const) {
      const row: unknown[] = [1, 'x', null, null, null, null];
      row[i] = value;
      const error = await writeDatasetJson(source([row]), collectStream().stream).catch(
        (e: unknown) => e,
      );
      expect(error, String(value)).toMatchObject({ code: 'DATASET_JSON_ERROR', row: 1 });
    }
  });
});

import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { asyncRows, SAMPLE_ROWS, sampleSource } from './helpers/sampleTable.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** The sample as Parquet stores it: INT64 as bigint, DATE and TIMESTAMP as Date. */
function sampleAsParquet(): Record<string, unknown>[] {
  return SAMPLE_ROWS.map((row) => ({
    recordId: BigInt(row.recordId as number),
    subjectKey: row.subjectKey ?? null,
    text: row.text ?? null,
    count: row.count == null ? null : BigInt(row.count as number),
    weight: row.weight ?? null,
    flag: row.flag ?? null,
    visitDate:
      row.visitDate == null
        ? null
        : new Date(
            `${new Date(row.visitDate as string | Date).toISOString().slice(0, 10)}T00:00:00Z`,
          ),
    createdAt: row.createdAt ?? null,
  }));
}

describe('writeParquet', () => {
  it('round-trips exact values, typed from the columns (read back with hyparquet)', async () => {
    const file = join(await tempDir(), 'sample.parquet');
    const result = await writeParquet(sampleSource(), createWriteStream(file));
    expect(result.rows).toBe(5);
    const buffer = await asyncBufferFromFile(file);
    const metadata = await parquetMetadataAsync(buffer);
    const types = Object.fromEntries(
      metadata.schema.slice(1).map((e) => [e.name, [e.type, e.converted_type ?? null]]),
    );
    expect(types).toEqual({
      recordId: ['INT64', null],
      subjectKey: ['BYTE_ARRAY', 'UTF8'],
      text: ['BYTE_ARRAY', 'UTF8'],
      count: ['INT64', null],
      weight: ['DOUBLE', null],
      flag: ['BOOLEAN', null],
      visitDate: ['INT32', 'DATE'],
      createdAt: ['INT64', 'TIMESTAMP_MILLIS'],
    });
    expect(await parquetReadObjects({ file: buffer })).toEqual(sampleAsParquet());
  });

  it('writes row groups of the given size and streams them out', async () => {
    const out = collectStream();
    const columns = [
      { name: 'n', type: 'integer' as const },
      { name: 's', type: 'string' as const },
    ];
    const rows = asyncRows(Array.from({ length: 2500 }, (_, n) => ({ n, s: `row ${n}` })));
    await writeParquet({ columns, rows }, out.stream, { rowGroupSize: 1000 });
    const bytes = out.bytes();
    const file = new Uint8Array(bytes).buffer;
    const metadata = await parquetMetadataAsync(file);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([1000, 1000, 500]);
    const objects = await parquetReadObjects({ file, rowStart: 2498 });
    expect(objects).toEqual([
      { n: 2498n, s: 'row 2498' },
      { n: 2499n, s: 'row 2499' },
    ]);
  });

  it('refuses a value that does not fit its column, naming the column but not the value', async () => {
    const out = collectStream();
    const columns = [{ name: 'age', type: 'integer' as const }];
    const error = await writeParquet({ columns, rows: [{ age: 1 }, { age: 'secret' }] }, out.stream)
      .then(() => null)
      .catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'EXPORT_ERROR' });
    expect(error?.message).toContain('"age"');
    expect(error?.message).toContain('row 2');
    expect(error?.message).not.toContain('secret');
  });

  it('writes null for such values when invalidValues is null', async () => {
    const out = collectStream();
    const columns = [
      { name: 'age', type: 'integer' as const },
      { name: 'at', type: 'timestamp' as const },
    ];
    const rows = [
      { age: 'unknown', at: '2024-01-05 10:30:00' },
      { age: '7', at: 'never' },
    ];
    await writeParquet({ columns, rows }, out.stream, { invalidValues: 'null' });
    const file = new Uint8Array(out.bytes()).buffer;
    expect(await parquetReadObjects({ file })).toEqual([
      { age: null, at: new Date('2024-01-05T10:30:00Z') },
      { age: 7n, at: null },
    ]);
  });
});

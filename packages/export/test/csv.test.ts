import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { parseCsv } from './helpers/parseCsv.ts';
import { asyncRows, SAMPLE_COLUMNS, sampleAsText, sampleSource } from './helpers/sampleTable.ts';

describe('writeCsv', () => {
  it('round-trips exact values with the guard off', async () => {
    const out = collectStream();
    const result = await writeCsv(sampleSource(), out.stream, { formulaGuard: false });
    expect(result.rows).toBe(5);
    const [header, ...records] = parseCsv(out.text());
    expect(header).toEqual(SAMPLE_COLUMNS.map((c) => c.name));
    const expected = sampleAsText().map((row) =>
      SAMPLE_COLUMNS.map((c) => (row[c.name] === null ? null : String(row[c.name]))),
    );
    expect(records).toEqual(expected);
  });

  it('writes CRLF records and quotes only fields that need it', async () => {
    const out = collectStream();
    const columns = [
      { name: 'a', type: 'string' as const },
      { name: 'b', type: 'number' as const },
    ];
    await writeCsv(
      {
        columns,
        rows: [
          { a: 'x,y', b: -1.5 },
          { a: 'plain', b: null },
        ],
      },
      out.stream,
    );
    expect(out.text()).toBe('a,b\r\n"x,y",-1.5\r\nplain,\r\n');
  });

  it('adds a BOM, honours another delimiter and can drop the header', async () => {
    const out = collectStream();
    const columns = [
      { name: 'a', type: 'string' as const },
      { name: 'b', type: 'string' as const },
    ];
    await writeCsv({ columns, rows: [{ a: 'x;y', b: 'z' }] }, out.stream, {
      bom: true,
      delimiter: ';',
      header: false,
    });
    const bytes = out.bytes();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('"x;y";z\r\n');
  });

  it('refuses a delimiter that would break the format', async () => {
    const out = collectStream();
    await expect(writeCsv(sampleSource(), out.stream, { delimiter: '"' })).rejects.toMatchObject({
      code: 'EXPORT_ERROR',
    });
  });

  it('waits for drain on a slow stream and keeps every row of a long table', async () => {
    const out = collectStream();
    const columns = [{ name: 'n', type: 'integer' as const }];
    const rows = asyncRows(Array.from({ length: 20_000 }, (_, n) => ({ n })));
    const progress: number[] = [];
    const result = await writeCsv({ columns, rows }, out.stream, {
      onProgress: (p) => progress.push(p.rows),
      progressInterval: 5000,
    });
    expect(result.rows).toBe(20_000);
    expect(progress).toEqual([5000, 10_000, 15_000, 20_000]);
    const records = parseCsv(out.text());
    expect(records).toHaveLength(20_001);
    expect(records[20_000]).toEqual(['19999']);
  });

  it('stops between rows when the signal aborts', async () => {
    const out = collectStream();
    const controller = new AbortController();
    const columns = [{ name: 'n', type: 'integer' as const }];
    async function* rows() {
      for (let n = 0; n < 100; n++) {
        if (n === 10) controller.abort(new Error('stop here'));
        yield { n };
      }
    }
    await expect(
      writeCsv({ columns, rows: rows() }, out.stream, { signal: controller.signal }),
    ).rejects.toThrow('stop here');
  });

  it('rejects instead of hanging when the stream is closed while it waits for drain', async () => {
    // A stream that never finishes a write: only closing it can end the wait.
    const stream = new Writable({ highWaterMark: 16, write() {} });
    const run = writeCsv(sampleSource(), stream);
    setTimeout(() => stream.destroy(), 10);
    await expect(run).rejects.toThrow('closed');
  });
});

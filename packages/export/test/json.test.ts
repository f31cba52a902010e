import { describe, expect, it } from 'vitest';
import { writeJson, writeNdjson } from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { SAMPLE_COLUMNS, sampleAsText, sampleSource } from './helpers/sampleTable.ts';

describe('writeNdjson', () => {
  it('round-trips exact values, one object per line, keys in column order', async () => {
    const out = collectStream();
    expect((await writeNdjson(sampleSource(), out.stream)).rows).toBe(5);
    const lines = out.text().split('\n');
    expect(lines.at(-1)).toBe('');
    const objects = lines.slice(0, -1).map((line) => JSON.parse(line));
    expect(objects).toEqual(sampleAsText());
    expect(Object.keys(objects[4])).toEqual(SAMPLE_COLUMNS.map((c) => c.name));
  });
});

describe('writeJson', () => {
  it('round-trips exact values as one array', async () => {
    const out = collectStream();
    await writeJson(sampleSource(), out.stream);
    expect(JSON.parse(out.text())).toEqual(sampleAsText());
  });

  it('writes an empty array for no rows', async () => {
    const out = collectStream();
    await writeJson({ columns: SAMPLE_COLUMNS, rows: [] }, out.stream);
    expect(JSON.parse(out.text())).toEqual([]);
  });
});

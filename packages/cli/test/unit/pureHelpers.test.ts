import { describe, expect, it } from 'vitest';
import { readDuration } from '../../src/commands/readDuration.ts';
import { readListOptions } from '../../src/commands/readListOptions.ts';
import { take } from '../../src/commands/take.ts';
import { formatCsvLine } from '../../src/output/formatCsvLine.ts';
import { redactKnown } from '../../src/output/redactKnown.ts';
import { renderTable } from '../../src/output/renderTable.ts';
import { writeItems } from '../../src/output/writeItems.ts';
import { parseCsv } from '../../src/records/parseCsv.ts';

const PATH = ['records', 'list'];

describe('readListOptions', () => {
  it('joins filters with ; and keeps them raw', () => {
    const read = readListOptions(
      {
        filter: ['siteId==5', 'dateCreated>"2024-01-01"'],
        'record-filter': ['AETERM=~head'],
        sort: 'dateCreated,DESC',
        limit: '7',
      },
      PATH,
    );
    expect(read).toEqual({
      filter: 'siteId==5;dateCreated>"2024-01-01"',
      recordFilter: 'AETERM=~head',
      sort: 'dateCreated,DESC',
      limit: 7,
    });
  });

  it('refuses malformed filters, =~ outside --record-filter, bad sorts and limits', () => {
    expect(() => readListOptions({ filter: ['siteId=5'] }, PATH)).toThrow(/not a condition/);
    expect(() => readListOptions({ filter: ['name=~x'] }, PATH)).toThrow(
      /only allowed in --record-filter/,
    );
    expect(() => readListOptions({ sort: 'a;b' }, PATH)).toThrow(/--sort/);
    for (const limit of ['0', '-1', '1.5', 'ten']) {
      expect(() => readListOptions({ limit }, PATH)).toThrow(/--limit must be a positive integer/);
    }
  });
});

describe('readDuration', () => {
  it('reads units and bare seconds', () => {
    expect(readDuration('250ms', '--t', PATH)).toBe(250);
    expect(readDuration('90', '--t', PATH)).toBe(90_000);
    expect(readDuration('2m', '--t', PATH)).toBe(120_000);
    expect(readDuration(undefined, '--t', PATH)).toBeUndefined();
    expect(() => readDuration('soon', '--t', PATH)).toThrow(/--t must be a duration/);
  });
});

describe('take', () => {
  it('stops the source after the limit', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 100; i += 1) {
        produced += 1;
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const item of take(source(), 3)) seen.push(item);
    expect(seen).toEqual([0, 1, 2]);
    expect(produced).toBe(3);
  });
});

describe('output helpers', () => {
  it('quotes CSV cells that need it', () => {
    expect(formatCsvLine(['a', 'b,c', 'say "hi"', null, new Date(0), { x: 1 }])).toBe(
      'a,"b,c","say ""hi""",,1970-01-01T00:00:00.000Z,"{""x"":1}"\n',
    );
  });

  it('aligns a table and cuts long cells', () => {
    const text = renderTable(
      ['id', 'name'],
      [
        { id: 1, name: 'x'.repeat(50) },
        { id: 22, name: 'b\nc' },
      ],
      {
        maxCellWidth: 10,
      },
    );
    expect(text.split('\n')).toEqual(['id  name', `1   ${'x'.repeat(9)}…`, '22  b c', '']);
  });

  it('masks secrets of 4 characters or more', () => {
    expect(redactKnown('a SECRET-KEY-XYZ b SECRET-KEY-XYZ', ['SECRET-KEY-XYZ', 'ab'])).toBe(
      'a ******** b ********',
    );
  });
});

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, line breaks in fields, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,"x, ""y"""\r\n\r\n2,"line\nbreak"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"'],
      ['2', 'line\nbreak'],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/not closed/);
  });
});

describe('writeItems', () => {
  function capture() {
    let data = '';
    let errors = '';
    const out = {
      data: (text: string) => {
        data += text;
      },
      info() {},
      verbose() {},
      error: (text: string) => {
        errors += text;
      },
      addSecret() {},
      addRedactor() {},
      redact: (text: string) => text,
    };
    return { out, data: () => data, errors: () => errors };
  }

  it('streams CSV with the first item as header and reports a field that comes later', async () => {
    const sink = capture();
    const count = await writeItems(
      sink.out,
      [
        { a: 1, b: 'x' },
        { a: 2, b: null, c: true },
      ],
      { format: 'csv' },
    );
    expect(count).toBe(2);
    expect(sink.data()).toBe('a,b\n1,x\n2,\n');
    expect(sink.errors()).toMatch(/field 'c' \(first in item 2\) is not in the CSV header/);
  });

  it('writes a JSON array item by item, and [] for none', async () => {
    const sink = capture();
    await writeItems(sink.out, [{ a: 1 }, { a: 2 }], { format: 'json' });
    expect(JSON.parse(sink.data())).toEqual([{ a: 1 }, { a: 2 }]);
    const empty = capture();
    await writeItems(empty.out, [], { format: 'json' });
    expect(empty.data()).toBe('[]\n');
  });
});

import type { ExportColumn, ExportRow, RowSource } from '../../src/index.ts';

/** Columns of every type, two of them fixed keys. */
export const SAMPLE_COLUMNS: readonly ExportColumn[] = [
  { name: 'recordId', type: 'integer', source: 'fixed' },
  { name: 'subjectKey', type: 'string', source: 'fixed' },
  { name: 'text', type: 'string', source: 'variable' },
  { name: 'count', type: 'integer', source: 'variable' },
  { name: 'weight', type: 'number', source: 'variable' },
  { name: 'flag', type: 'boolean', source: 'variable' },
  { name: 'visitDate', type: 'date', source: 'variable' },
  { name: 'createdAt', type: 'timestamp', source: 'variable' },
];

/** Rows with unicode, quotes, delimiters, line breaks, empties, nulls, negatives and dates. */
export const SAMPLE_ROWS: readonly ExportRow[] = [
  {
    recordId: 1,
    subjectKey: 'S-001',
    text: 'héllo 世界 🧪 Ω',
    count: 42,
    weight: -3.25,
    flag: true,
    visitDate: '2024-02-29',
    createdAt: new Date('2024-03-01T12:34:56.789Z'),
  },
  {
    recordId: 2,
    subjectKey: 'S-002',
    text: 'say "hi", then\nnew line\r\nand CRLF; tab\there',
    count: -7,
    weight: 0,
    flag: false,
    visitDate: new Date('1999-12-31T00:00:00Z'),
    createdAt: new Date(-1000),
  },
  {
    recordId: 3,
    subjectKey: '',
    text: '',
    count: null,
    weight: null,
    flag: null,
    visitDate: null,
    createdAt: null,
  },
  {
    recordId: 4,
    subjectKey: 'S,4',
    text: '=1+1',
    count: -2147483649,
    weight: -1e-7,
    flag: true,
    visitDate: '1900-01-01',
    createdAt: new Date('2000-01-01T00:00:00.000Z'),
  },
  // Keys missing altogether read as null.
  { recordId: 5, text: '  spaced  ', weight: 123456.789 },
];

/** A fresh source over the sample, rows yielded asynchronously as the mapper does. */
export function sampleSource(): RowSource {
  return { columns: SAMPLE_COLUMNS, rows: asyncRows(SAMPLE_ROWS) };
}

export async function* asyncRows<T>(rows: Iterable<T>): AsyncGenerator<T> {
  for (const row of rows) {
    await Promise.resolve();
    yield row;
  }
}

/** The sample as text outputs show it: dates as ISO text, missing as null. */
export function sampleAsText(): Record<string, string | number | boolean | null>[] {
  return SAMPLE_ROWS.map((row) => {
    const out: Record<string, string | number | boolean | null> = {};
    for (const column of SAMPLE_COLUMNS) {
      const value = row[column.name];
      if (value === undefined || value === null) out[column.name] = null;
      else if (value instanceof Date) {
        out[column.name] =
          column.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
      } else out[column.name] = value as string | number | boolean;
    }
    return out;
  });
}

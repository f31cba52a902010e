import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019';
import { expect } from 'vitest';

/** The official CDISC schema (test/fixtures/cdisc, MIT). */
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/cdisc/dataset.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2019({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

interface Column {
  name: string;
  dataType: string;
  targetDataType?: string;
  length?: number;
}

/** Fails the test with ajv's errors unless `value` passes the official schema. */
export function expectSchemaValid(value: unknown): void {
  const ok = validate(value);
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(ok).toBe(true);
}

const CHECKS: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  URI: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  double: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  decimal: (v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v),
  datetime: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(v),
  time: (v) => typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v),
};

/**
 * The checks the schema cannot make: each row has one value per column, each value is null
 * or fits its column's dataType (decimals as exact strings), text fits its `length`.
 */
export function expectRowsFit(columns: readonly Column[], rows: readonly unknown[][]): void {
  for (const [r, row] of rows.entries()) {
    expect(Array.isArray(row), `row ${r + 1} is an array`).toBe(true);
    expect(row.length, `row ${r + 1} length`).toBe(columns.length);
    for (const [c, column] of columns.entries()) {
      const value = row[c];
      if (value === null) continue;
      expect(value, `row ${r + 1} column ${column.name}`).not.toBeUndefined();
      const check = CHECKS[column.dataType];
      expect(check?.(value), `row ${r + 1} ${column.name} (${column.dataType}): ${value}`).toBe(
        true,
      );
      if (column.dataType === 'decimal') expect(column.targetDataType).toBe('decimal');
      if (column.length !== undefined && typeof value === 'string') {
        expect([...value].length).toBeLessThanOrEqual(column.length);
      }
    }
  }
}

/** Parses one file's text in either encoding into its metadata (line 1) and rows. */
export function parseDataset(
  text: string,
  encoding: 'json' | 'ndjson',
): { metadata: Record<string, unknown>; rows: unknown[][] } {
  if (encoding === 'json') {
    const { rows, ...metadata } = JSON.parse(text);
    expectSchemaValid({ ...metadata, rows });
    return { metadata, rows };
  }
  expect(text.endsWith('\n')).toBe(true);
  const [first, ...rest] = text.slice(0, -1).split('\n');
  const metadata = JSON.parse(first!);
  expect(metadata).not.toHaveProperty('rows');
  expectSchemaValid(metadata);
  return { metadata, rows: rest.map((line) => JSON.parse(line)) };
}

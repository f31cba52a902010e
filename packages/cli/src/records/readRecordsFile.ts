import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RecordInput } from '@imednet/resources';
import { RecordsFileError } from '../errors/RecordsFileError.ts';
import { parseCsv } from './parseCsv.ts';

/** Columns of a records CSV that address the record; every other column is a variable. */
const ADDRESS_COLUMNS = [
  'formKey',
  'formId',
  'siteName',
  'siteId',
  'subjectKey',
  'subjectId',
  'subjectOid',
  'intervalName',
  'intervalId',
  'recordId',
  'recordOid',
] as const;
const NUMERIC_COLUMNS = new Set(['formId', 'siteId', 'subjectId', 'intervalId', 'recordId']);

/**
 * Reads the records to create from a `.json` file (an array of `{ formKey, siteName |
 * subjectKey ..., data: { variable: value } }`) or a `.csv` file (one record per line: the
 * address columns formKey, siteName, subjectKey, intervalName, recordId, ... and one column
 * per variable; empty cells are left out of `data`).
 *
 * @throws RecordsFileError when the file is not JSON or CSV, is malformed, or holds no records
 * @throws Error (ENOENT, ...) when it cannot be read
 * @example
 * const records = await readRecordsFile('new-subjects.csv');
 */
export async function readRecordsFile(path: string): Promise<RecordInput[]> {
  const text = await readFile(path, 'utf8');
  const extension = extname(path).toLowerCase();
  const records =
    extension === '.csv' ? fromCsv(text) : extension === '.json' ? fromJson(text) : null;
  if (records === null) throw new RecordsFileError(`${path}: expected a .json or .csv file`);
  if (records.length === 0) throw new RecordsFileError(`${path}: holds no records`);
  return records;
}

function fromJson(text: string): RecordInput[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RecordsFileError(`not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    const data = (item as { data?: unknown } | null)?.data;
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof data !== 'object' ||
      data === null ||
      Array.isArray(data)
    ) {
      throw new RecordsFileError(`record ${index}: expected an object with a "data" object`);
    }
  });
  return items as RecordInput[];
}

function fromCsv(text: string): RecordInput[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new RecordsFileError((error as Error).message, { cause: error });
  }
  const [header, ...lines] = rows;
  if (header === undefined) return [];
  const names = header.map((name) => name.trim());
  if (!names.includes('formKey') && !names.includes('formId')) {
    throw new RecordsFileError('the CSV header needs a formKey (or formId) column');
  }
  return lines.map((cells, line) => {
    if (cells.length !== names.length) {
      throw new RecordsFileError(
        `line ${line + 2}: ${cells.length} cells for ${names.length} columns`,
      );
    }
    const record: Record<string, unknown> = {};
    const data: Record<string, string> = {};
    names.forEach((name, column) => {
      const cell = cells[column] ?? '';
      if (cell === '') return;
      if (!(ADDRESS_COLUMNS as readonly string[]).includes(name)) data[name] = cell;
      else if (!NUMERIC_COLUMNS.has(name)) record[name] = cell;
      else if (/^\d+$/.test(cell)) record[name] = Number(cell);
      else
        throw new RecordsFileError(
          `line ${line + 2}: ${name} must be a whole number, not '${cell}'`,
        );
    });
    return { ...record, data } as RecordInput;
  });
}

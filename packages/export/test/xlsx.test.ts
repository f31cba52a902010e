import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { iterateFormTables } from '@imednet/workflows';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportColumn, ExportRow } from '../src/index.ts';
import { exportStudy, isExportError, writeXlsx } from '../src/index.ts';
import { asyncRows, SAMPLE_COLUMNS, SAMPLE_ROWS, sampleSource } from './helpers/sampleTable.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** Every sheet of a workbook as its header and rows of cell values (null for empty). */
async function readWorkbook(file: string): Promise<Map<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of book.worksheets) {
    const width = sheet.getRow(1).cellCount;
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/**
 * The sample as Excel holds it: dates as Date (date columns at UTC midnight), empty text as
 * an empty cell, and CR LF as LF (XML reads every line break as LF).
 */
function sampleAsXlsx(): unknown[][] {
  return SAMPLE_ROWS.map((row) =>
    SAMPLE_COLUMNS.map((column) => {
      const value = row[column.name];
      if (value === undefined || value === null) return null;
      if (column.type === 'date') {
        const day = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        return new Date(`${day}T00:00:00Z`);
      }
      if (value === '') return null;
      return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
    }),
  );
}

describe('writeXlsx', () => {
  it('round-trips exact values, types and the header (read back with exceljs)', async () => {
    const file = join(await tempDir(), 'study.xlsx');
    const result = await writeXlsx(file, [{ name: 'records', ...sampleSource() }]);
    expect(result).toEqual({ rows: 5, sheets: ['records'] });
    const sheets = await readWorkbook(file);
    const [header, ...rows] = sheets.get('records')!;
    expect(header).toEqual(SAMPLE_COLUMNS.map((c) => c.name));
    expect(rows).toEqual(sampleAsXlsx());
    // Text that looks like a formula stays text.
    expect(rows[3]![2]).toBe('=1+1');
  });

  it('writes numeric text a double would round, in a number column, as text of its digits', async () => {
    const file = join(await tempDir(), 'exact.xlsx');
    const columns = [
      { name: 'dose', type: 'number' },
      { name: 'count', type: 'integer' },
    ] as const;
    const rows = [
      { dose: '0.12345678901234567891', count: '123456789012345678901234567890' },
      { dose: '36.60', count: '7' },
    ];
    await writeXlsx(file, [{ name: 'x', columns, rows }]);
    const [, ...cells] = (await readWorkbook(file)).get('x')!;
    expect(cells).toEqual([
      ['0.12345678901234567891', '123456789012345678901234567890'],
      [36.6, 7],
    ]);
  });

  it('splits a table at the row limit into sheets that each repeat the header', async () => {
    const file = join(await tempDir(), 'long.xlsx');
    const columns: ExportColumn[] = [
      { name: 'n', type: 'integer', source: 'fixed' },
      { name: 'v', type: 'string' },
    ];
    const rows: ExportRow[] = Array.from({ length: 10 }, (_, i) => ({ n: i + 1, v: `r${i + 1}` }));
    const result = await writeXlsx(
      file,
      [
        { name: 'AE', columns, rows: asyncRows(rows) },
        { name: 'ae', columns, rows: [{ n: 1, v: 'x' }] },
      ],
      { maxRows: 4 },
    );
    // 10 rows, 3 per sheet under the header: AE, AE_2, AE_3, AE_4; then the clashing name.
    expect(result).toEqual({ rows: 11, sheets: ['AE', 'AE_2', 'AE_3', 'AE_4', 'ae_5'] });
    const sheets = await readWorkbook(file);
    expect([...sheets.keys()]).toEqual(result.sheets);
    const back = ['AE', 'AE_2', 'AE_3', 'AE_4'].flatMap((name) => {
      const [header, ...body] = sheets.get(name)!;
      expect(header).toEqual(['n', 'v']);
      expect(body.length).toBeLessThanOrEqual(3);
      return body;
    });
    expect(back).toEqual(rows.map((row) => [row.n, row.v]));
  });

  it('splits a table wider than the column limit into parts joined by _row and the keys', async () => {
    const file = join(await tempDir(), 'wide.xlsx');
    const columns: ExportColumn[] = [
      { name: 'id', type: 'integer', source: 'fixed' },
      ...Array.from({ length: 5 }, (_, i): ExportColumn => ({ name: `q${i}`, type: 'number' })),
    ];
    const rows = [
      { id: 7, q0: 0, q1: 1, q2: 2, q3: 3, q4: 4 },
      { id: 8, q0: 10, q1: 11, q2: 12, q3: 13, q4: 14 },
    ];
    const result = await writeXlsx(file, [{ name: 'wide', columns, rows }], { maxColumns: 4 });
    expect(result.sheets).toEqual(['wide_part1', 'wide_part2', 'wide_part3']);
    const sheets = await readWorkbook(file);
    expect(sheets.get('wide_part1')).toEqual([
      ['_row', 'id', 'q0', 'q1'],
      [1, 7, 0, 1],
      [2, 8, 10, 11],
    ]);
    expect(sheets.get('wide_part3')).toEqual([
      ['_row', 'id', 'q4'],
      [1, 7, 4],
      [2, 8, 14],
    ]);
  });

  it('makes sheet names valid for Excel and leaves no file when a table fails', async () => {
    const dir = await tempDir();
    const file = join(dir, 'names.xlsx');
    const columns: ExportColumn[] = [{ name: 'a', type: 'string' }];
    const result = await writeXlsx(file, [
      { name: "'Adverse/Events: [all]? a very long form key indeed'", columns, rows: [] },
      { name: 'History', columns, rows: [] },
    ]);
    for (const name of result.sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(result.sheets[1]).toBe('History_');
    const failing = join(dir, 'fails.xlsx');
    const error = await writeXlsx(failing, [
      { name: 'ok', columns, rows: [{ a: 'fine' }] },
      { name: 'bad', columns, rows: [{ a: 'x'.repeat(32_768) }] },
    ]).catch((e: unknown) => e);
    expect(isExportError(error) && error.message).toMatch(/Column "a" of row 1 .* 32767/);
    expect((await readdir(dir)).sort()).toEqual(['names.xlsx']);
  });

  it('writes one sheet per form from exportStudy, equal to the mapped tables', async () => {
    const { client, studyKeys } = sandboxClient({ recordsPerStudy: 40 });
    const studyKey = studyKeys[0]!;
    const out = join(await tempDir(), 'nested', 'study.xlsx');
    const result = await exportStudy(client, studyKey, { format: 'xlsx', out });
    const sheets = await readWorkbook(out);
    const expected: string[] = [];
    let total = 0;
    for await (const table of iterateFormTables(client, studyKey, {})) {
      expected.push(table.formKey);
      const [header, ...rows] = sheets.get(table.formKey)!;
      expect(header).toEqual(table.columns.map((c) => c.name));
      let i = 0;
      for await (const row of table.rows) {
        const got = rows[i++]!;
        table.columns.forEach((column, c) => {
          const value = row[column.name];
          const cell = got[c];
          if (value === null || value === undefined || value === '') expect(cell).toBeNull();
          else if (column.type === 'integer' || column.type === 'number')
            expect(cell).toBe(Number(value));
          else if (column.type === 'date')
            expect((cell as Date).toISOString().slice(0, 10)).toBe(String(value).slice(0, 10));
          else if (column.type === 'timestamp')
            expect((cell as Date).getTime()).toBe(new Date(value as string).getTime());
          // Times are written as HH:mm:ss text.
          else if (column.type === 'time') expect(cell).toBe(`${value}:00`.slice(0, 8));
          else expect(cell).toEqual(value);
        });
      }
      expect(rows.length).toBe(i);
      total += i;
    }
    expect(result).toEqual({
      studyKey,
      format: 'xlsx',
      files: [out],
      tables: expected,
      rows: total,
    });
  });
});

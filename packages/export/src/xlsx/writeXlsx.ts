import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { isExactNumber } from '@imednet/core';
import { MAX_XLSX_COLUMNS, MAX_XLSX_ROWS } from '../constants.ts';
import { writeAtomically } from '../internal/atomicBatch.ts';
import { coerceValue } from '../internal/coerceValue.ts';
import { exactText } from '../internal/exactText.ts';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { splitColumns } from '../internal/splitColumns.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import type { ExportColumn, TableSource, WriteOptions } from '../types.ts';
import { xlsxCellValue } from './xlsxCellValue.ts';
import { xlsxSheetName } from './xlsxSheetName.ts';

/** Options of {@link writeXlsx}. */
export interface XlsxOptions extends WriteOptions {
  /**
   * Most rows per sheet, the header included; a longer table goes on in `<name>_2`,
   * `<name>_3`, ... each with the header again. Default 1,048,576 (Excel's limit).
   */
  readonly maxRows?: number;
  /**
   * Widest sheet; a wider table is split into `<name>_part1`, `<name>_part2`, ... each
   * starting with a `_row` number and the key columns, as SQLite does. Default 16,384.
   */
  readonly maxColumns?: number;
  /** Columns repeated in every part of a split table; default the `fixed` columns. */
  readonly keyColumns?: readonly string[];
}

/** What {@link writeXlsx} resolves to. */
export interface XlsxResult {
  /** Rows written over all tables (a header is not a row). */
  readonly rows: number;
  /** Every sheet written, in order (split tables as their parts). */
  readonly sheets: readonly string[];
}

/** The part of exceljs's streaming writer used here (its types stay out of our `.d.ts`). */
interface SheetWriter {
  addRow(values: readonly unknown[]): { commit(): void };
  commit(): void;
}
interface BookWriter {
  addWorksheet(name: string, options?: object): SheetWriter & { columns: unknown };
  commit(): Promise<unknown>;
}

/** One physical sheet series of a table: which columns, and the sheet being filled. */
interface Part {
  readonly indexes: readonly number[];
  readonly baseName: string;
  sheet?: SheetWriter;
  /** Rows in the current sheet, header included. */
  used: number;
  series: number;
}

/**
 * Writes tables into a new Excel workbook (`.xlsx`), one sheet per table with a header row
 * of column names, streaming: each row is zipped as it comes, so memory stays flat however
 * long the tables are. Numbers, booleans, dates (`date` columns as `yyyy-mm-dd`, timestamps
 * as `yyyy-mm-dd hh:mm:ss`, both real Excel dates in UTC) and text keep their types; text
 * is never read as a formula. As in any XML file, a CR LF line break reads back as LF, and
 * control characters XML cannot hold are dropped; empty text is an empty cell. A sheet that reaches Excel's 1,048,576 rows goes on in
 * `<name>_2`, ...; a table wider than 16,384 columns is split as SQLite's are. Sheet
 * names are made valid for Excel (31 characters, no `[]:*?/\`) and distinct case-blind.
 * Atomic like every export: the workbook is built under a temporary name beside `path`
 * and renamed onto it only when every table is written.
 *
 * @throws {ExportError} for a text cell over Excel's 32,767 characters, or keys that
 *   leave no room to split; the signal's reason when aborted; file system errors.
 * @example
 * const table = await openRecordTable(client, 'STUDY');
 * await writeXlsx('study.xlsx', [{ name: 'records', ...table }]);
 */
export async function writeXlsx(
  path: string,
  tables: AsyncIterable<TableSource> | Iterable<TableSource>,
  options: XlsxOptions = {},
): Promise<XlsxResult> {
  // Loaded here, not on import: CSV and the other formats never load exceljs.
  const { default: ExcelJS } = await import('exceljs');
  return writeAtomically(path, async (temp) => {
    const file = createWriteStream(temp);
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: file,
      useStyles: true,
      useSharedStrings: false,
    }) as unknown as BookWriter;
    try {
      const sheets: string[] = [];
      let rows = 0;
      for await (const table of tables) {
        options.signal?.throwIfAborted();
        rows += await writeTable(book, table, sheets, options);
      }
      if (sheets.length === 0) book.addWorksheet('Sheet1');
      await book.commit();
      return { rows, sheets };
    } finally {
      if (!file.writableFinished) {
        file.destroy();
        await finished(file).catch(() => undefined);
      }
    }
  });
}

async function writeTable(
  book: BookWriter,
  table: TableSource,
  taken: string[],
  options: XlsxOptions,
): Promise<number> {
  const maxRows = Math.max(2, options.maxRows ?? MAX_XLSX_ROWS);
  const { columns } = table;
  const split = splitColumns(columns, options.maxColumns ?? MAX_XLSX_COLUMNS, options.keyColumns);
  const headers = uniqueNames(
    columns.map((c) => c.name),
    { caseInsensitive: true },
  );
  const [rowHeader] = uniqueNames(['_row'], { caseInsensitive: true, taken: headers });
  const parts: Part[] = split.map((part, i) => ({
    indexes: part.indexes,
    baseName: split.length === 1 ? table.name : `${table.name}_part${i + 1}`,
    used: 0,
    series: 0,
  }));
  const open = (part: Part): SheetWriter => {
    part.sheet?.commit();
    part.series++;
    const wanted = part.series === 1 ? part.baseName : `${part.baseName}_${part.series}`;
    const name = xlsxSheetName(wanted, taken);
    taken.push(name);
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = part.indexes.map((i) => columnOf(columns[i], i < 0 ? rowHeader! : headers[i]!));
    part.used = 1;
    part.sheet = sheet;
    return sheet;
  };
  for (const part of parts) open(part);
  const progress = createProgressCounter(options, table.name);
  for await (const row of iterateRows(table.rows, options.signal)) {
    const index = progress.count;
    const values = columns.map((column) => {
      const value = row[column.name];
      // Excel's numbers are doubles: a number beyond them (or numeric text a double would
      // round, in a numeric column) is its exact digits, as text.
      if (isExactNumber(value)) return value.text;
      const exact = exactText(value, column.type);
      if (exact !== undefined) return exact;
      return xlsxCellValue(coerceValue(value, column, index, 'keep'), column, index);
    });
    for (const part of parts) {
      const sheet = part.used >= maxRows ? open(part) : part.sheet!;
      sheet.addRow(part.indexes.map((i) => (i < 0 ? index + 1 : values[i]))).commit();
      part.used++;
    }
    progress.tick();
    // Lets the zip stream drain between batches: rows arrive faster than they compress.
    if (progress.count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  for (const part of parts) part.sheet!.commit();
  progress.done();
  return progress.count;
}

function columnOf(column: ExportColumn | undefined, header: string): object {
  const numFmt =
    column?.type === 'date'
      ? 'yyyy-mm-dd'
      : column?.type === 'timestamp'
        ? 'yyyy-mm-dd hh:mm:ss'
        : undefined;
  return { header, ...(numFmt === undefined ? {} : { style: { numFmt } }) };
}

import type { OutputFormat, Printer } from '../cli/context.ts';
import type { Colors } from './colors.ts';
import { formatCsvLine } from './formatCsvLine.ts';
import { renderTable } from './renderTable.ts';

/** Options of {@link writeItems}. */
export interface WriteItemsOptions {
  format: OutputFormat;
  /** Columns of the terminal table (all fields otherwise); JSON and CSV keep every field. */
  tableColumns?: readonly string[];
  /** Columns the terminal table never cuts. */
  fullColumns?: readonly string[];
  colors?: Colors;
}

type Item = Readonly<Record<string, unknown>>;

/**
 * Writes a list of results to stdout in the chosen format and returns how many there were.
 * NDJSON, JSON and CSV stream item by item (memory stays flat however long the list); the
 * terminal table waits for the end to know every width.
 *
 * @throws whatever the iterable throws (an API error, an abort)
 * @example
 * await writeItems(out, iterateSites(client, 'S1'), { format: 'ndjson' });
 */
export async function writeItems(
  out: Printer,
  items: AsyncIterable<Item> | Iterable<Item>,
  options: WriteItemsOptions,
): Promise<number> {
  if (options.format === 'ndjson') {
    let count = 0;
    for await (const item of items) {
      out.data(`${JSON.stringify(item)}\n`);
      count += 1;
    }
    return count;
  }
  if (options.format === 'json') {
    let count = 0;
    for await (const item of items) {
      out.data(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(item)}`);
      count += 1;
    }
    out.data(count === 0 ? '[]\n' : '\n]\n');
    return count;
  }
  if (options.format === 'csv') return writeCsvItems(out, items);
  const rows: Item[] = [];
  for await (const item of items) rows.push(item);
  const columns = collectColumns(rows);
  if (rows.length > 0) {
    const shown = options.tableColumns?.filter((column) => columns.includes(column));
    const tableOptions = {
      ...(options.colors === undefined ? {} : { colors: options.colors }),
      ...(options.fullColumns === undefined ? {} : { fullColumns: options.fullColumns }),
    };
    out.data(
      renderTable(shown !== undefined && shown.length > 0 ? shown : columns, rows, tableOptions),
    );
  }
  return rows.length;
}

/**
 * CSV with the first item's fields as the header. Items of one resource share their fields
 * (the schemas give every field, null when absent); a field first seen later cannot join a
 * header already written, so it is reported once on stderr instead of silently dropped.
 */
async function writeCsvItems(
  out: Printer,
  items: AsyncIterable<Item> | Iterable<Item>,
): Promise<number> {
  let columns: string[] | undefined;
  const reported = new Set<string>();
  let count = 0;
  for await (const item of items) {
    if (columns === undefined) {
      columns = Object.keys(item);
      out.data(formatCsvLine(columns));
    }
    for (const key of Object.keys(item)) {
      if (!columns.includes(key) && !reported.has(key)) {
        reported.add(key);
        out.error(
          `imednet: warning: field '${key}' (first in item ${count + 1}) is not in the CSV header; use --ndjson to keep it\n`,
        );
      }
    }
    out.data(formatCsvLine(columns.map((column) => item[column])));
    count += 1;
  }
  return count;
}

/** Every key of every row, in order of first appearance. */
function collectColumns(rows: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

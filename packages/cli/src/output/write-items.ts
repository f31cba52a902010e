import type { OutputFormat, Printer } from '../cli/context.js';
import type { Colors } from './colors.js';
import { formatCsvLine } from './format-csv-line.js';
import { renderTable } from './render-table.js';

/** Options of {@link writeItems}. */
export interface WriteItemsOptions {
  format: OutputFormat;
  /** Columns of the terminal table (all fields otherwise); JSON and CSV keep every field. */
  tableColumns?: readonly string[];
  colors?: Colors;
}

type Item = Readonly<Record<string, unknown>>;

/**
 * Writes a list of results to stdout in the chosen format and returns how many there were.
 * NDJSON and JSON stream item by item; CSV and the table wait for the end to know every
 * column and width.
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
  const rows: Item[] = [];
  for await (const item of items) rows.push(item);
  const columns = collectColumns(rows);
  if (options.format === 'csv') {
    if (columns.length > 0) out.data(formatCsvLine(columns));
    for (const row of rows) out.data(formatCsvLine(columns.map((column) => row[column])));
    return rows.length;
  }
  if (rows.length > 0) {
    const shown = options.tableColumns?.filter((column) => columns.includes(column));
    const tableOptions = options.colors === undefined ? {} : { colors: options.colors };
    out.data(
      renderTable(shown !== undefined && shown.length > 0 ? shown : columns, rows, tableOptions),
    );
  }
  return rows.length;
}

/** Every key of every row, in order of first appearance. */
function collectColumns(rows: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

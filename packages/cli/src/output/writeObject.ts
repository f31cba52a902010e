import type { OutputFormat, Printer } from '../cli/context.ts';
import type { Colors } from './colors.ts';
import { formatCsvLine } from './formatCsvLine.ts';
import { renderTable } from './renderTable.ts';

/**
 * Writes one result object to stdout: pretty JSON, one NDJSON line, a CSV header and line,
 * or a two-column field/value table on a terminal.
 *
 * @throws never
 * @example
 * writeObject(out, await getJob(client, 'S1', batchId), 'json');
 */
export function writeObject(
  out: Printer,
  value: Readonly<Record<string, unknown>>,
  format: OutputFormat,
  colors?: Colors,
): void {
  if (format === 'json') out.data(`${JSON.stringify(value, null, 2)}\n`);
  else if (format === 'ndjson') out.data(`${JSON.stringify(value)}\n`);
  else if (format === 'csv') {
    const keys = Object.keys(value);
    out.data(formatCsvLine(keys) + formatCsvLine(keys.map((key) => value[key])));
  } else {
    const rows = Object.entries(value).map(([field, cell]) => ({ field, value: cell }));
    out.data(
      // Values are the last column: nothing to align after them, so none is cut.
      renderTable(['field', 'value'], rows, {
        fullColumns: ['value'],
        ...(colors ? { colors } : {}),
      }),
    );
  }
}

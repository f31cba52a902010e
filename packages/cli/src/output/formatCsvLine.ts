import { formatCell } from './formatCell.ts';

/**
 * One CSV line (RFC 4180, ending in CRLF-free `\n`): cells holding a comma, quote or line
 * break are quoted, quotes doubled. Cells that a spreadsheet would run as a formula are
 * left as they are: the CLI writes data, and changing it would be worse.
 *
 * @throws never
 * @example
 * formatCsvLine(['a', 'b,c', null]); // 'a,"b,c",\n'
 */
export function formatCsvLine(values: readonly unknown[]): string {
  return `${values.map((value) => quoteCsv(formatCell(value))).join(',')}\n`;
}

function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

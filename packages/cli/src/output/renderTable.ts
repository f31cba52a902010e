import type { Colors } from './colors.ts';
import { formatCell } from './formatCell.ts';

/** Options of {@link renderTable}. */
export interface TableOptions {
  /** Longest cell text before it is cut with `…`. */
  maxCellWidth?: number;
  /** Columns never cut (an error message must be read whole). */
  fullColumns?: readonly string[];
  colors?: Colors;
}

/**
 * Renders rows as an aligned text table with a header line. Line breaks and tabs inside
 * cells become spaces so that one row stays on one line.
 *
 * @throws never
 * @example
 * renderTable(['id', 'name'], [{ id: 1, name: 'A' }]);
 */
export function renderTable(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): string {
  const max = options.maxCellWidth ?? 40;
  const full = new Set(options.fullColumns ?? []);
  const cells = rows.map((row) =>
    columns.map((column) =>
      fitCell(row[column], full.has(column) ? Number.POSITIVE_INFINITY : max),
    ),
  );
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const bold = options.colors?.bold ?? ((text: string) => text);
  const header = columns.map((column, index) => column.padEnd(widths[index] ?? 0)).join('  ');
  const lines = [bold(header.trimEnd())];
  for (const line of cells) {
    lines.push(
      line
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

function fitCell(value: unknown, max: number): string {
  const text = formatCell(value).replace(/[\r\n\t]+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

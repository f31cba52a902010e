import { ExportError } from '../errors/ExportError.ts';
import type { ExportColumn } from '../types.ts';

/** One physical table of a logical one: which source columns it holds, in order. */
export interface TablePart {
  /** Indexes into the source columns; -1 stands for the synthetic row-number key. */
  readonly indexes: readonly number[];
}

/**
 * Splits a table wider than `maxColumns` into parts that each start with a synthetic row
 * number (index -1, never null, so the parts always join back) and repeat the key
 * columns: the named ones, else the `fixed` ones.
 */
export function splitColumns(
  columns: readonly ExportColumn[],
  maxColumns: number,
  keyColumns?: readonly string[],
): TablePart[] {
  if (columns.length <= maxColumns) return [{ indexes: columns.map((_, i) => i) }];
  const keys = [-1, ...keyIndexes(columns, keyColumns)];
  const room = maxColumns - keys.length;
  if (room < 1) {
    throw new ExportError(
      `Cannot split a table of ${columns.length} columns: its ${keys.length} key columns leave no room under ${maxColumns}`,
    );
  }
  const keySet = new Set(keys);
  const rest = columns.map((_, i) => i).filter((i) => !keySet.has(i));
  const parts: TablePart[] = [];
  for (let start = 0; start < rest.length; start += room) {
    parts.push({ indexes: [...keys, ...rest.slice(start, start + room)] });
  }
  return parts;
}

function keyIndexes(columns: readonly ExportColumn[], keyColumns?: readonly string[]): number[] {
  if (keyColumns) {
    return keyColumns.map((name) => {
      const index = columns.findIndex((c) => c.name === name);
      if (index < 0) throw new ExportError(`Key column "${name}" is not among the columns`);
      return index;
    });
  }
  return columns.flatMap((c, i) => (c.source === 'fixed' ? [i] : []));
}

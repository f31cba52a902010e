import { ExactColumnsError, isExactColumnsError } from '../errors/ExactColumnsError.ts';
import type { ExportColumn, ExportRow } from '../types.ts';
import { exactText } from './exactText.ts';

/**
 * What a typed writer does once a row holds a number its column type cannot keep (see
 * `exactText`) in a column not written as text: it stops writing and reads the rest of
 * its rows only to find every such column, then raises one {@link ExactColumnsError} naming
 * them all, so that a second write (which `exportStudy` makes) needs no third.
 */
export interface ExactColumnScan {
  /**
   * Per column, whether it is written as text of exact digits: a number or integer column
   * named in the writer's `exactColumns` (other columns named there keep their type).
   */
  readonly asText: readonly boolean[];
  /** Whether the writer has stopped writing and only scans. */
  readonly scanning: boolean;
  /**
   * Takes an error raised while converting row `row`: an {@link ExactColumnsError} starts
   * (or feeds) the scan, after scanning the whole row; any other error is thrown again.
   */
  caught(error: unknown, row: ExportRow): void;
  /** Notes the columns of a row that need exact text (while scanning). */
  scan(row: ExportRow): void;
  /** Throws the one error naming every column found, if any was. */
  finish(): void;
}

/** A scan for a writer of `columns` whose `exactColumns` option is `exactColumns`. */
export function createExactColumnScan(
  columns: readonly ExportColumn[],
  exactColumns: readonly string[] | undefined,
): ExactColumnScan {
  const named = new Set(exactColumns ?? []);
  const asText = columns.map(
    (c) => (c.type === 'number' || c.type === 'integer') && named.has(c.name),
  );
  const found = new Set<string>();
  const numeric = columns.filter(
    (c, i) => (c.type === 'number' || c.type === 'integer') && !asText[i],
  );
  const scan = (row: ExportRow): void => {
    for (const column of numeric) {
      if (!found.has(column.name) && exactText(row[column.name], column.type) !== undefined) {
        found.add(column.name);
      }
    }
  };
  return {
    asText,
    get scanning() {
      return found.size > 0;
    },
    caught(error, row) {
      if (!isExactColumnsError(error)) throw error;
      for (const name of error.columns) found.add(name);
      scan(row);
    },
    scan,
    finish() {
      if (found.size > 0) throw new ExactColumnsError({ columns: [...found] });
    },
  };
}

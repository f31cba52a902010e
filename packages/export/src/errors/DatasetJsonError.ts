import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/** What a {@link DatasetJsonError} is built from. */
export interface DatasetJsonErrorInit {
  /** What is wrong, in words; never a cell value (it may be patient data). */
  readonly reason: string;
  /** The 1-based row the problem is in, when it is in a row. */
  readonly row?: number;
  /** The column the problem is in, when it is in one. */
  readonly column?: string;
}

/**
 * A Dataset-JSON file that cannot be read (not Dataset-JSON 1.1, malformed, rows that do not
 * match their columns, a record count that does not match the rows), or rows given to the
 * writer that do not match their columns.
 *
 * @example
 * try { await readDatasetJson('dm.json'); }
 * catch (e) { if (isDatasetJsonError(e)) console.error(e.row, e.column, e.message); }
 */
export class DatasetJsonError extends ImednetError {
  override readonly code = 'DATASET_JSON_ERROR' as const;
  override name = 'DatasetJsonError';
  declare readonly reason: string;
  declare readonly row: number | null;
  declare readonly column: string | null;

  constructor(init: DatasetJsonErrorInit, options?: ImednetErrorOptions) {
    const where = [
      init.row === undefined ? '' : `row ${init.row}`,
      init.column === undefined ? '' : `column ${JSON.stringify(init.column)}`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`Dataset-JSON: ${where ? `${where}: ` : ''}${init.reason}`, options, {
      reason: init.reason,
      row: init.row ?? null,
      column: init.column ?? null,
    });
  }
}

/**
 * True for a {@link DatasetJsonError} from any copy of this package.
 *
 * @throws never
 * @example
 * try { await readDatasetJson('dm.json'); }
 * catch (e) { if (isDatasetJsonError(e)) console.error(e.message); }
 */
export function isDatasetJsonError(error: unknown): error is DatasetJsonError {
  return isImednetError(error, 'DATASET_JSON_ERROR');
}

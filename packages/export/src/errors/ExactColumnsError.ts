import type { ImednetErrorOptions } from '@imednet/core';
import { ExportError, isExportError } from './ExportError.ts';

/** What an {@link ExactColumnsError} is built from. */
export interface ExactColumnsErrorInit {
  /** Every column that holds such numbers (names only, never a value). */
  readonly columns: readonly string[];
}

/**
 * Raised by the typed writers (Parquet, SQLite, DuckDB, PostgreSQL) when number columns hold
 * numbers their column type cannot keep exactly (a non-integer beyond a double's precision or
 * range such as `1e400`, an integer beyond 64 bits) and the columns were not named in
 * `exactColumns`: writing them as a double would round them. The writer reads the rest of
 * its rows first, so `columns` names every such column (never a value: it may be patient
 * data). Write again with `exactColumns` naming them (each becomes a text column of exact
 * digits); `exportStudy` does this by itself. An {@link ExportError} (`isExportError` holds).
 *
 * @example
 * try { await writeParquet(table, stream); }
 * catch (e) { if (isExactColumnsError(e)) console.log('rewrite with', e.columns); }
 */
export class ExactColumnsError extends ExportError {
  override name = 'ExactColumnsError';
  declare readonly columns: readonly string[];

  constructor(init: ExactColumnsErrorInit, options?: ImednetErrorOptions) {
    const { columns } = init;
    const names = columns.map((c) => JSON.stringify(c)).join(', ');
    const one = columns.length === 1;
    super(
      `Column${one ? '' : 's'} ${names} hold${one ? 's' : ''} numbers beyond what a double or a 64-bit integer keeps exactly; write ${one ? 'it' : 'them'} with exactColumns: [${names}], which keeps the exact digits (as text, or NUMERIC in PostgreSQL; exportStudy does so by itself)`,
      options,
      { columns: Object.freeze([...columns]) },
    );
  }
}

/**
 * Tells whether a value is an {@link ExactColumnsError}, also across duplicate package copies.
 *
 * @throws never
 * @example
 * if (isExactColumnsError(error)) console.log(error.columns);
 */
export function isExactColumnsError(error: unknown): error is ExactColumnsError {
  return (
    isExportError(error) &&
    error.name === 'ExactColumnsError' &&
    Array.isArray((error as { columns?: unknown }).columns)
  );
}

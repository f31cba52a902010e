import type { ExactNumber } from '@imednet/core';

/** The value types a column can declare (the record mapper's `Column['type']`). */
export type ColumnType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'timestamp';

/**
 * One output column. Structurally the same as `Column` from `@imednet/workflows`, so the
 * record mapper's columns are passed as they are.
 */
export interface ExportColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** `'fixed'` columns (record id, subject, ...) are the keys kept in every SQLite part. */
  readonly source?: 'fixed' | 'variable';
  readonly variableName?: string;
  readonly label?: string;
}

/**
 * A value in a row. Dates are `Date` objects or ISO strings; a number beyond double precision
 * is core's `ExactNumber` (written with its exact digits).
 */
export type ExportValue = string | number | boolean | Date | ExactNumber | null;

/** One row keyed by column name; a missing key is written as null. */
export type ExportRow = Readonly<Record<string, ExportValue | undefined>>;

/** What every writer consumes: the columns, then the rows one at a time. */
export interface RowSource {
  readonly columns: readonly ExportColumn[];
  readonly rows: AsyncIterable<ExportRow> | Iterable<ExportRow>;
}

/** A named row source: one table of a database, or one file of a per-form export. */
export interface TableSource extends RowSource {
  readonly name: string;
}

/** Reported while rows are written. */
export interface WriteProgress {
  /** Rows written so far to the current table or file. */
  readonly rows: number;
  /** The table being written (database writers), when there is one. */
  readonly table?: string;
}

/** Options every writer accepts. */
export interface WriteOptions {
  /** Stops the write between rows; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called every `progressInterval` rows and once at the end of each table. */
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Rows between two `onProgress` calls; default 1000. */
  readonly progressInterval?: number;
}

/** What a writer resolves to. */
export interface WriteResult {
  /** Rows written (for a database, summed over its tables). */
  readonly rows: number;
}

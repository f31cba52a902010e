import type { ExactNumber } from '@imednet/core';

/** The kind of value a column holds; writers map it to their own types. */
export type ColumnType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'timestamp';

/** One output column. Fixed columns come from the record; variable columns from `recordData`. */
export interface Column {
  name: string;
  source: 'fixed' | 'variable';
  /** The variable behind a variable column (its `recordData` key). */
  variableName?: string;
  /** The variable's label, when it has one. */
  label?: string;
  /** The form of a variable column. */
  formKey?: string;
  type: ColumnType;
}

/** A cell value. Timestamps are `Date`s; absent or empty values are `null`. */
/** A cell; a number beyond double precision is core's `ExactNumber`, with the digits sent. */
export type CellValue = string | number | boolean | Date | ExactNumber | null;

/** One output row, keyed by column name; every column of the table is present. */
export type Row = Readonly<Record<string, CellValue>>;

/** Columns and the rows that fill them, fetched lazily page by page while iterated. */
export interface RowStream {
  columns: Column[];
  rows: AsyncIterable<Row>;
}

/** One table per form, as yielded by `iterateFormTables`. */
export interface FormTable extends RowStream {
  formKey: string;
}

import type { ColumnType } from '@imednet/export/layout';

/** A column of a synced table. */
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/** A synced table: its name, columns, and the column that identifies a row. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly key: string;
  /**
   * The number and integer columns stored exactly (see `makeColumnsExact`), owned by one
   * run: a number beyond a double or 64 bits in another such column makes it exact before
   * the rows are written, and it is added here. Without it, such a number is an
   * `ExactColumnsError`.
   */
  readonly exact?: Set<string>;
}

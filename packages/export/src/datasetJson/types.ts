import type { ExactNumber } from '@imednet/core';
/** The three ways a Dataset-JSON 1.1 dataset is written. */
export type DatasetJsonEncoding = 'json' | 'ndjson' | 'dsjc';

/** A column's `dataType` in Dataset-JSON 1.1. */
export type DatasetJsonDataType =
  | 'string'
  | 'integer'
  | 'decimal'
  | 'float'
  | 'double'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'time'
  | 'URI';

/** One column (variable) of a dataset, as Dataset-JSON 1.1 describes it. */
export interface DatasetJsonColumn {
  readonly itemOID: string;
  readonly name: string;
  readonly label: string;
  readonly dataType: DatasetJsonDataType;
  /** `'decimal'` for decimals written as exact strings; `'integer'` for SAS-style numeric dates. */
  readonly targetDataType?: 'integer' | 'decimal';
  /** The longest value, in characters (text columns). */
  readonly length?: number;
  readonly displayFormat?: string;
  /** Position among the key columns, from 1. */
  readonly keySequence?: number;
}

/** The system the data comes from. */
export interface DatasetJsonSourceSystem {
  readonly name: string;
  readonly version: string;
}

/** Everything of a dataset but its rows, in the attribute order the standard recommends. */
export interface DatasetJsonMetadata {
  readonly datasetJSONCreationDateTime: string;
  readonly datasetJSONVersion: string;
  readonly fileOID?: string;
  readonly dbLastModifiedDateTime?: string;
  readonly originator?: string;
  readonly sourceSystem?: DatasetJsonSourceSystem;
  readonly studyOID?: string;
  readonly metaDataVersionOID?: string;
  readonly metaDataRef?: string;
  readonly itemGroupOID: string;
  readonly records: number;
  readonly name: string;
  readonly label: string;
  readonly columns: readonly DatasetJsonColumn[];
}

/**
 * A cell as it is in the file: decimals, dates and times are strings; missing is null. A
 * number a `number` cannot hold exactly (an integer beyond 2^53, a float such as `1e400`) is
 * core's `ExactNumber`, its digits as written.
 */
export type DatasetJsonValue = string | number | boolean | ExactNumber | null;

/** One row: one value per column, in column order. */
export type DatasetJsonRow = readonly DatasetJsonValue[];

/**
 * What the writer takes: the metadata (the creation time, version and record count are
 * filled in) and the rows as arrays in column order. Values are converted to their column's
 * `dataType`: numbers, numeric text and big integers to exact decimal text, `Date`s to ISO
 * 8601 dates or date-times, `DD-MMM-YYYY` dates to `YYYY-MM-DD`; `undefined` is null.
 */
export interface DatasetJsonSource
  extends Omit<
    DatasetJsonMetadata,
    'datasetJSONCreationDateTime' | 'datasetJSONVersion' | 'records'
  > {
  /** Default: now. */
  readonly datasetJSONCreationDateTime?: string;
  readonly rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;
}

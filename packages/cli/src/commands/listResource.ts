import type { OptionSpec } from '../cli/commandSpec.ts';

/** What a list command passes to the resource's iterate function. */
export interface ListCall {
  studyKey: string | undefined;
  filter: string | undefined;
  options: {
    sort?: string;
    pageSize?: number;
    recordDataFilter?: string;
    includeInactive?: boolean;
    signal: AbortSignal;
  };
}

/** The iterate functions of `@imednet/resources`, loaded only when a list command runs. */
export type IterateName =
  | 'iterateStudies'
  | 'iterateSites'
  | 'iterateSubjects'
  | 'iterateForms'
  | 'iterateIntervals'
  | 'iterateVariables'
  | 'iterateVisits'
  | 'iterateRecords'
  | 'iterateRecordRevisions'
  | 'iterateQueries'
  | 'iterateUsers'
  | 'iterateCodings';

/** How one resource is listed. */
export interface ListResource {
  /** The command word, e.g. `record-revisions`. */
  word: string;
  /** What it lists, for help: `record revisions`. */
  noun: string;
  /** False only for studies. */
  perStudy: boolean;
  /** Columns of the terminal table; JSON and CSV keep every field. */
  tableColumns: readonly string[];
  /** Extra options: --record-filter for records, --include-inactive for users. */
  extraOptions?: Readonly<Record<string, OptionSpec>>;
  /** The `@imednet/resources` function that lists it, e.g. `iterateSites`. */
  iterate: IterateName;
  /** A sort the API accepts for it, shown in help (default `dateCreated,DESC`). */
  sortExample?: string;
  /** False when the API has no filter for it (users): no --filter option. */
  filterable?: boolean;
}

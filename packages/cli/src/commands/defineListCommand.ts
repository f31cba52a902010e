import type { CommandSpec, OptionSpec } from '../cli/commandSpec.ts';

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

const FILTER_OPTION: OptionSpec = {
  type: 'string',
  multiple: true,
  valueName: '<expr>',
  description:
    "a condition in the API's grammar, e.g. siteId==5 or 'dateCreated>2024-01-01'; several are ANDed",
};

const LIST_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  sort: { type: 'string', valueName: '<field[,ASC|DESC]>', description: 'sort by a field' },
  limit: {
    type: 'string',
    valueName: '<n>',
    description: 'stop after n items (fetches no further page)',
  },
};

/**
 * Builds the `<resource> list [studyKey]` command of one resource: it streams the items
 * page by page into the chosen output format.
 *
 * @throws never (the command's run throws API and usage errors)
 * @example
 * const command = defineListCommand({ word: 'sites', noun: 'sites', perStudy: true,
 *   tableColumns: ['siteId', 'siteName'], iterate: 'iterateSites' });
 */
export function defineListCommand(resource: ListResource): CommandSpec {
  const path = [resource.word, 'list'];
  return {
    path,
    summary: resource.perStudy
      ? `list the ${resource.noun} of a study`
      : `list the ${resource.noun}`,
    arguments: resource.perStudy
      ? [{ name: 'studyKey', required: true, description: 'the study key, e.g. MY-STUDY' }]
      : [],
    options: {
      ...(resource.filterable === false ? {} : { filter: FILTER_OPTION }),
      ...LIST_OPTIONS,
      ...resource.extraOptions,
    },
    examples: [
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --limit 10`,
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --json --sort ${resource.sortExample ?? 'dateCreated,DESC'}`,
    ],
    run: async (context) => (await import('./runList.ts')).runList(context, resource),
  };
}

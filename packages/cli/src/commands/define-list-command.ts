import { MAX_PAGE_SIZE } from '@imednet/core';
import type { CommandSpec, OptionSpec } from '../cli/command-spec.js';
import type { CliContext } from '../cli/context.js';
import { createCliClient } from '../client/create-cli-client.js';
import { writeItems } from '../output/write-items.js';
import { readListOptions } from './read-list-options.js';
import { take } from './take.js';

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
  iterate(client: import('@imednet/core').Client, call: ListCall): AsyncIterable<object>;
}

const LIST_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  filter: {
    type: 'string',
    multiple: true,
    valueName: '<expr>',
    description:
      "a condition in the API's grammar, e.g. siteId==5 or 'dateCreated>2024-01-01'; several are ANDed",
  },
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
 *   tableColumns: ['siteId', 'siteName'], iterate: (c, call) => iterateSites(c, call.studyKey!, call.filter, call.options) });
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
    options: { ...LIST_OPTIONS, ...resource.extraOptions },
    examples: [
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --limit 10`,
      `imednet ${path.join(' ')}${resource.perStudy ? ' MY-STUDY' : ''} --json --sort dateCreated,DESC`,
    ],
    run: (context) => runList(context, resource),
  };
}

async function runList(context: CliContext, resource: ListResource): Promise<number> {
  const list = readListOptions(context.options, context.commandPath);
  const { client, close } = await createCliClient(context);
  try {
    const call: ListCall = {
      studyKey: resource.perStudy ? context.positionals[0] : undefined,
      filter: list.filter,
      options: {
        signal: context.signal,
        ...(list.sort === undefined ? {} : { sort: list.sort }),
        // A small --limit needs one small page, not a full default page.
        ...(list.limit === undefined ? {} : { pageSize: Math.min(list.limit, MAX_PAGE_SIZE) }),
        ...(list.recordFilter === undefined ? {} : { recordDataFilter: list.recordFilter }),
        ...(context.options['include-inactive'] === true ? { includeInactive: true } : {}),
      },
    };
    const items = take(resource.iterate(client, call), list.limit) as AsyncIterable<
      Record<string, unknown>
    >;
    const count = await writeItems(context.out, items, {
      format: context.format,
      tableColumns: resource.tableColumns,
      colors: context.outColors,
    });
    if (context.format === 'table')
      context.out.info(context.colors.dim(`${count} ${resource.noun}\n`));
    return 0;
  } finally {
    close();
  }
}

import { MAX_PAGE_SIZE } from '@imednet/core';
import * as resources from '@imednet/resources';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { plural } from '../output/plural.ts';
import { writeItems } from '../output/writeItems.ts';
import type { ListCall, ListResource } from './defineListCommand.ts';
import { readListOptions } from './readListOptions.ts';
import { take } from './take.ts';

// Each iterate function takes its own typed filters and options; the CLI hands them the raw
// filter string and the options it read, which every one of them accepts.
type LooseIterate = (client: unknown, ...args: unknown[]) => AsyncIterable<Record<string, unknown>>;
// The package's own exports are the table: a list command names its iterate function.
const ITERATE = resources as unknown as Readonly<Record<ListResource['iterate'], LooseIterate>>;

/**
 * Runs a `<resource> list` command: streams the items page by page into the output format,
 * stopping the stream (and the paging) at --limit.
 *
 * @throws UsageError for bad list options; API errors
 * @example
 * process.exitCode = await runList(context, resource);
 */
export async function runList(context: CliContext, resource: ListResource): Promise<number> {
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
    const iterate = ITERATE[resource.iterate];
    const source = resource.perStudy
      ? iterate(client, call.studyKey, call.filter, call.options)
      : iterate(client, call.filter, call.options);
    const items = take(source, list.limit);
    const count = await writeItems(context.out, items, {
      format: context.format,
      tableColumns: resource.tableColumns,
      colors: context.outColors,
    });
    if (context.format === 'table')
      context.out.info(
        `${context.colors.dim(plural(count, singularOf(resource.noun), resource.noun))}\n`,
      );
    return 0;
  } finally {
    close();
  }
}

// Every noun of the list commands ends in -ies (studies, queries) or a plain -s.
function singularOf(noun: string): string {
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, '');
}

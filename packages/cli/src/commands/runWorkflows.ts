import {
  extractAuditTrail,
  getOpenQueries,
  getQueryStateCounts,
  getSubjectData,
} from '@imednet/workflows';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { plural } from '../output/plural.ts';
import { QUERY_COLUMNS, REVISION_COLUMNS } from '../output/tableColumns.ts';
import { writeItems } from '../output/writeItems.ts';
import { writeObject } from '../output/writeObject.ts';

type Item = Record<string, unknown>;

/**
 * Runs `queries open`: the study's queries whose state is open.
 *
 * @throws API errors
 * @example
 * process.exitCode = await runOpenQueries(context);
 */
export async function runOpenQueries(context: CliContext): Promise<number> {
  return withClient(context, async (client) => {
    const open = await getOpenQueries(client, context.positionals[0]!, undefined, {
      signal: context.signal,
    });
    const count = await writeItems(context.out, open as unknown as Item[], {
      format: context.format,
      tableColumns: QUERY_COLUMNS,
      colors: context.outColors,
    });
    if (context.format === 'table')
      context.out.info(`${context.colors.dim(`${plural(count, 'open query', 'open queries')}`)}\n`);
  });
}

/**
 * Runs `queries counts`: the study's queries counted by state.
 *
 * @throws API errors
 * @example
 * process.exitCode = await runQueryCounts(context);
 */
export async function runQueryCounts(context: CliContext): Promise<number> {
  return withClient(context, async (client) => {
    const counts = await getQueryStateCounts(client, context.positionals[0]!, undefined, {
      signal: context.signal,
    });
    writeObject(context.out, { ...counts }, context.format, context.outColors);
  });
}

/**
 * Runs `subject-data`: one subject with its visits, records and queries.
 *
 * @throws ItemNotFoundError for an unknown subject; API errors
 * @example
 * process.exitCode = await runSubjectData(context);
 */
export async function runSubjectData(context: CliContext): Promise<number> {
  const [studyKey, subjectKey] = context.positionals as [string, string];
  return withClient(context, async (client) => {
    const data = await getSubjectData(client, studyKey, subjectKey, { signal: context.signal });
    if (context.format === 'json') {
      context.out.data(`${JSON.stringify(data, null, 2)}\n`);
      return;
    }
    if (context.format !== 'table') {
      writeObject(context.out, data as unknown as Item, context.format);
      return;
    }
    writeObject(context.out, data.subject as unknown as Item, 'table', context.outColors);
    const sections: [string, Item[], string[]][] = [
      ['visits', data.visits as unknown as Item[], ['visitId', 'intervalName', 'visitDate']],
      [
        'records',
        data.records as unknown as Item[],
        ['recordId', 'formKey', 'intervalId', 'recordStatus', 'dateModified'],
      ],
      ['queries', data.queries as unknown as Item[], QUERY_COLUMNS],
    ];
    for (const [name, items, columns] of sections) {
      context.out.data(`\n${context.outColors.bold(`${name} (${items.length})`)}\n`);
      await writeItems(context.out, items, {
        format: 'table',
        tableColumns: columns,
        colors: context.outColors,
      });
    }
  });
}

/**
 * Runs `audit-trail`: the study's record revisions, streamed, within --from/--to and by
 * --user.
 *
 * @throws UsageError for a bad date; API errors
 * @example
 * process.exitCode = await runAuditTrail(context);
 */
export async function runAuditTrail(context: CliContext): Promise<number> {
  const from = readDate(context, 'from');
  const to = readDate(context, 'to');
  const users = [context.options.user ?? []]
    .flat()
    .flatMap((value) => String(value).split(','))
    .map((login) => login.trim())
    .filter((login) => login !== '');
  return withClient(context, async (client) => {
    const revisions = extractAuditTrail(
      client,
      context.positionals[0]!,
      {
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(users.length === 0 ? {} : { user: users }),
      },
      { signal: context.signal },
    );
    const count = await writeItems(
      context.out,
      revisions as AsyncIterable<unknown> as AsyncIterable<Item>,
      {
        format: context.format,
        tableColumns: REVISION_COLUMNS,
        colors: context.outColors,
      },
    );
    if (context.format === 'table')
      context.out.info(`${context.colors.dim(plural(count, 'revision'))}\n`);
  });
}

function readDate(context: CliContext, name: 'from' | 'to'): string | undefined {
  const value = context.options[name];
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new UsageError({
      message: `--${name} must be an ISO 8601 date or time (2024-01-31 or 2024-01-31T12:00:00Z), not '${text}'`,
      commandPath: context.commandPath,
    });
  }
  return text;
}

async function withClient(
  context: CliContext,
  work: (client: Awaited<ReturnType<typeof createCliClient>>['client']) => Promise<void>,
): Promise<number> {
  const { client, close } = await createCliClient(context);
  try {
    await work(client);
    return 0;
  } finally {
    close();
  }
}

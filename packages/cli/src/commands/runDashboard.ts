import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isConfigurationError } from '@imednet/core';
import type { DashboardSource } from '@imednet/dashboard';
import type { CliContext } from '../cli/context.ts';
import { type CliClient, createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { readPort } from './readPort.ts';
import { waitForAbort } from './waitForAbort.ts';

/** The port `imednet dashboard` takes when none is given. */
export const DASHBOARD_PORT = 8080;

/**
 * Runs the command (loaded only when it is chosen): builds the source, serves the
 * dashboard on 127.0.0.1, prints the URL, and stops on Ctrl-C.
 *
 * @throws UsageError for a bad --port or --from; ConfigurationError without keys (unless
 *   --from); the port's bind error
 * @example
 * process.exitCode = await runDashboard(context);
 */
export async function runDashboard(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const port = readPort(context.options.port, path) ?? DASHBOARD_PORT;
  const from = context.options.from;
  const file = typeof from === 'string' && from !== '' ? resolve(context.io.cwd, from) : undefined;
  if (from !== undefined && (!file || !existsSync(file)))
    throw new UsageError({ message: `--from: no such file '${String(from)}'`, commandPath: path });
  const { apiSource, cachedSource, createDashboard } = await import('@imednet/dashboard');
  const { exportTableWriter, serveDashboard, sqliteSource } = await import(
    '@imednet/dashboard/node'
  );
  const cli = await clientFor(context, file !== undefined);
  const api = cli && apiSource(cli.client);
  // A database synced before queries and visits were has neither: they come from the API
  // when keys are given.
  const database = file
    ? sqliteSource(file, api ? { fallback: cachedSource(api) } : {})
    : undefined;
  const source: DashboardSource = database ?? api!;
  try {
    const dashboard = createDashboard({
      source,
      cache: database ? false : {},
      downloads: exportTableWriter(),
    });
    const served = await serveDashboard(dashboard, { port });
    try {
      context.out.data(`${served.url}\n`);
      if (database && !api && !(database.holds.queries && database.holds.visits)) {
        context.out.info(
          'No keys: queries and visits (not in this database; a new sync adds them) are not shown.\n',
        );
      }
      context.out.info('Dashboard serving on 127.0.0.1 only. Press Ctrl-C to stop.\n');
      await waitForAbort(context.signal);
      context.out.info('Dashboard stopped.\n');
      return 0;
    } finally {
      await served.close();
    }
  } finally {
    database?.close();
    cli?.close();
  }
}

/** The client, or none when a database is given and no keys are (it then needs none). */
async function clientFor(context: CliContext, optional: boolean): Promise<CliClient | undefined> {
  try {
    return await createCliClient(context);
  } catch (error) {
    if (optional && isConfigurationError(error) && !context.flags.baseUrl) return undefined;
    throw error;
  }
}

import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { readPort } from './readPort.ts';
import { waitForAbort } from './waitForAbort.ts';

/** The port `imednet dashboard` takes when none is given. */
export const DASHBOARD_PORT = 8080;

/**
 * Runs the command (loaded only when it is chosen): builds the source, serves the
 * dashboard on 127.0.0.1, prints the URL, and stops on Ctrl-C.
 *
 * @throws UsageError for a bad --port; ConfigurationError without keys; the port's bind error
 * @example
 * process.exitCode = await runDashboard(context);
 */
export async function runDashboard(context: CliContext): Promise<number> {
  const port = readPort(context.options.port, context.commandPath) ?? DASHBOARD_PORT;
  const { apiSource, createDashboard } = await import('@imednet/dashboard');
  const { exportTableWriter, serveDashboard } = await import('@imednet/dashboard/node');
  const { client, close } = await createCliClient(context);
  try {
    const dashboard = createDashboard({
      source: apiSource(client),
      downloads: exportTableWriter(),
    });
    const served = await serveDashboard(dashboard, { port });
    try {
      context.out.data(`${served.url}\n`);
      context.out.info('Dashboard serving on 127.0.0.1 only. Press Ctrl-C to stop.\n');
      await waitForAbort(context.signal);
      context.out.info('Dashboard stopped.\n');
      return 0;
    } finally {
      await served.close();
    }
  } finally {
    close();
  }
}

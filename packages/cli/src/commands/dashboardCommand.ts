import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `dashboard`: serves the study dashboard on 127.0.0.1 until Ctrl-C and prints its URL.
 *
 * @throws never
 * @example
 * const command = createDashboardCommand();
 */
export function createDashboardCommand(): CommandSpec {
  return {
    path: ['dashboard'],
    summary: 'serve the study dashboard (charts, tables, downloads) on 127.0.0.1 until Ctrl-C',
    details:
      'Six pages per study: overview, queries, enrollment, sites, completeness, records.\n' +
      'The keys stay in this process: no page, header or download carries them. Lists read\n' +
      'through the API are kept for 10 minutes. --from reads a database that `imednet sync`\n' +
      'keeps, with no request (a database synced before queries and visits were takes them\n' +
      'from the API when keys or --sandbox are given).',
    arguments: [],
    options: {
      port: {
        type: 'string',
        valueName: '<n>',
        description: 'port to listen on (default 8080; 0 for a free one)',
      },
      from: {
        type: 'string',
        valueName: '<file>',
        description: 'a SQLite file written by `imednet sync` (pages load at once)',
      },
    },
    examples: [
      'imednet dashboard --sandbox',
      'imednet dashboard --port 9000',
      'imednet dashboard --from my-study.sqlite',
    ],
    run: async (context) => (await import('./runDashboard.ts')).runDashboard(context),
  };
}

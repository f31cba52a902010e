import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `demo`: a tour of the toolkit on an in-process sandbox, with no credentials and no
 * network: lists the studies, exports one, registers a subject and waits for its job, runs
 * a pipeline over every study, and says where the files are.
 *
 * @throws never
 * @example
 * const command = createDemoCommand();
 */
export function createDemoCommand(): CommandSpec {
  return {
    path: ['demo'],
    summary: 'a tour on a built-in sandbox (no credentials needed): list, export, submit, pipeline',
    arguments: [],
    options: {
      out: {
        type: 'string',
        valueName: '<folder>',
        description: 'where the exported files go (default ./imednet-demo)',
      },
    },
    examples: ['imednet demo', 'imednet demo --out /tmp/demo --json'],
    run: async (context) => (await import('./runDemo.ts')).runDemo(context),
  };
}

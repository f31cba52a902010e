import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `pipeline run <module>`: runs a module's default export over the studies through the
 * orchestrator and prints one result per study; exits 1 when any study failed.
 *
 * @throws never
 * @example
 * const command = createPipelineCommand();
 */
export function createPipelineCommand(): CommandSpec {
  return {
    path: ['pipeline', 'run'],
    summary: "run a pipeline module's default export over every study (or those chosen)",
    details:
      'The module (JavaScript, e.g. count.mjs) exports a function as default:\n' +
      '  export default async (studyKey, client, { signal, logger }) => ({ ... })\n' +
      "It is called once per study, several at a time; its return value is the study's data.",
    arguments: [{ name: 'module', required: true, description: 'path to the pipeline module' }],
    options: {
      include: {
        type: 'string',
        multiple: true,
        conflicts: ['exclude'],
        valueName: '<studyKey>',
        description: 'only these studies (comma-separated lists allowed)',
      },
      exclude: {
        type: 'string',
        multiple: true,
        valueName: '<studyKey>',
        description: 'skip these studies',
      },
      concurrency: { type: 'string', valueName: '<n>', description: 'studies at once' },
    },
    examples: [
      'imednet pipeline run ./count-subjects.mjs --exclude OLD-STUDY --concurrency 2 --json',
    ],
    run: async (context) => (await import('./runPipeline.ts')).runPipeline(context),
  };
}

import type { CommandSpec } from '../cli/commandSpec.ts';

const JOB_ARGUMENTS = [
  { name: 'studyKey', required: true, description: 'the study key' },
  { name: 'batchId', required: true, description: 'the batch id that `records create` printed' },
] as const;

/**
 * `jobs status` and `jobs wait`.
 *
 * @throws never
 * @example
 * const [status, wait] = createJobsCommands();
 */
export function createJobsCommands(): CommandSpec[] {
  return [
    {
      path: ['jobs', 'status'],
      summary: "show one job's state",
      arguments: JOB_ARGUMENTS,
      options: {},
      examples: ['imednet jobs status MY-STUDY 0b1c2d3e --json'],
      run: async (context) => (await import('./runJobs.ts')).runStatus(context),
    },
    {
      path: ['jobs', 'wait'],
      summary: 'wait until a job ends; exit 1 if it failed',
      arguments: JOB_ARGUMENTS,
      options: {
        timeout: {
          type: 'string',
          valueName: '<duration>',
          description: 'give up after this long (default 5m), e.g. 90s',
        },
        interval: {
          type: 'string',
          valueName: '<duration>',
          description: 'first delay between polls (default 5s)',
        },
      },
      examples: ['imednet jobs wait MY-STUDY 0b1c2d3e --timeout 10m'],
      run: async (context) => (await import('./runJobs.ts')).runWait(context),
    },
  ];
}

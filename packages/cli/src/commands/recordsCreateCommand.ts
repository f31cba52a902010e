import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `records create`: reads records from a JSON or CSV file, checks them against the study's
 * forms and variables, submits them in batches and optionally waits for their jobs.
 *
 * @throws never
 * @example
 * const command = createRecordsCreateCommand();
 */
export function createRecordsCreateCommand(): CommandSpec {
  return {
    path: ['records', 'create'],
    summary: 'create or update records from a .json or .csv file (checked against the study first)',
    details:
      'JSON: an array of { formKey, siteName | subjectKey, intervalName?, recordId?, data: {...} }.\n' +
      'CSV: columns formKey, siteName, subjectKey, intervalName, recordId, ... and one column per\n' +
      'variable. To register a subject give formKey and siteName, never subjectKey.\n' +
      'Every record is checked against the study first; on any problem nothing is sent.',
    arguments: [{ name: 'studyKey', required: true, description: 'the study' }],
    options: {
      file: {
        type: 'string',
        valueName: '<path>',
        description: 'records file, .json or .csv (required)',
      },
      wait: {
        type: 'boolean',
        description: 'wait for the jobs to end; exit 1 if one did not succeed',
      },
      'email-notify': {
        type: 'string',
        valueName: '<address|true|false>',
        description: 'ask the server to e-mail when the job ends',
      },
      'batch-size': {
        type: 'string',
        valueName: '<n>',
        description: 'records per request (default 100)',
      },
      timeout: {
        type: 'string',
        valueName: '<duration>',
        description: 'with --wait: give up after this long (default 5m)',
      },
      'skip-validation': {
        type: 'boolean',
        description: 'send without checking against the study first',
      },
    },
    examples: [
      'imednet records create MY-STUDY --file new-subjects.csv --wait',
      'imednet records create MY-STUDY --file ae.json --email-notify me@example.org --json',
    ],
    run: async (context) => (await import('./runRecordsCreate.ts')).runCreate(context),
  };
}

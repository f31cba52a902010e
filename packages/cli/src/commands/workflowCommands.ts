import type { CommandSpec } from '../cli/commandSpec.ts';

const STUDY = { name: 'studyKey', required: true, description: 'the study key, e.g. MY-STUDY' };

/**
 * The workflow commands over `@imednet/workflows`: `queries open`, `queries counts`,
 * `subject-data` and `audit-trail`.
 *
 * @throws never
 * @example
 * const commands = createWorkflowCommands();
 */
export function createWorkflowCommands(): CommandSpec[] {
  return [
    {
      path: ['queries', 'open'],
      summary: 'list the open queries of a study (their last comment is not closed)',
      arguments: [STUDY],
      options: {},
      examples: ['imednet queries open MY-STUDY', 'imednet queries open MY-STUDY --csv > open.csv'],
      run: async (context) => (await import('./runWorkflows.ts')).runOpenQueries(context),
    },
    {
      path: ['queries', 'counts'],
      summary: 'count the queries of a study by state: open, closed, unknown, total',
      arguments: [STUDY],
      options: {},
      examples: ['imednet queries counts MY-STUDY --json'],
      run: async (context) => (await import('./runWorkflows.ts')).runQueryCounts(context),
    },
    {
      path: ['subject-data'],
      summary: "one subject's details with its visits, records and queries",
      details:
        'On a terminal: the subject, then a table each of its visits, records and queries.\n' +
        '--json gives { subject, visits, records, queries } with every field.',
      arguments: [
        STUDY,
        { name: 'subjectKey', required: true, description: 'the subject key, e.g. 01-001' },
      ],
      options: {},
      examples: [
        'imednet subject-data MY-STUDY 01-001',
        'imednet subject-data MY-STUDY 01-001 --json',
      ],
      run: async (context) => (await import('./runWorkflows.ts')).runSubjectData(context),
    },
    {
      path: ['audit-trail'],
      summary: 'the record revisions of a study (who changed what, when), by date and user',
      arguments: [STUDY],
      options: {
        from: {
          type: 'string',
          valueName: '<date>',
          description: 'from this date or time, inclusive (ISO 8601; a bare date is UTC midnight)',
        },
        to: {
          type: 'string',
          valueName: '<date>',
          description: 'up to this date or time, exclusive',
        },
        user: {
          type: 'string',
          multiple: true,
          valueName: '<login>',
          description: 'only revisions by these users (repeatable or comma-separated)',
        },
      },
      examples: [
        'imednet audit-trail MY-STUDY --from 2024-01-01 --to 2024-02-01',
        'imednet audit-trail MY-STUDY --user jdoe --ndjson > jdoe.ndjson',
      ],
      run: async (context) => (await import('./runWorkflows.ts')).runAuditTrail(context),
    },
  ];
}

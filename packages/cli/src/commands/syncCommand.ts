import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `sync`: keep a local copy of a study (or of every study) current in SQLite, DuckDB or
 * PostgreSQL, fetching only what changed since the last run.
 *
 * @throws never
 * @example
 * const command = createSyncCommand();
 */
export function createSyncCommand(): CommandSpec {
  return {
    path: ['sync'],
    summary: 'keep a local database copy of a study current (sqlite, duckdb, postgres)',
    details:
      'The first run loads the whole study; later runs fetch only what changed since the\n' +
      'checkpoint kept in the database, in one transaction with the data: a run stopped\n' +
      'at any point leaves the copy as the previous run left it. One table per form, plus\n' +
      'subjects, queries, visits, sites, forms, variables, intervals and the audit trail\n' +
      '(_imednet_* tables).\n' +
      '--into takes a SQLite file, duckdb:<file>, or a postgres:// connection string. With\n' +
      '--all-studies it is a folder (one file per study) or a database (one schema per study).',
    arguments: [
      { name: 'studyKey', required: false, description: 'the study (or use --all-studies)' },
    ],
    options: {
      into: {
        type: 'string',
        valueName: '<target>',
        description: './study.sqlite, duckdb:./study.duckdb or postgres://user@host/db',
      },
      'all-studies': { type: 'boolean', description: 'sync every study the keys can see' },
      watch: {
        type: 'string',
        valueName: '<duration>',
        description: 'sync again after each pause (30s, 5m, 1h) until Ctrl-C',
      },
    },
    examples: [
      'imednet sync MY-STUDY --into my-study.sqlite',
      'imednet sync MY-STUDY --into duckdb:my-study.duckdb --watch 15m',
      'imednet sync --all-studies --into postgres://me@localhost/edc',
    ],
    run: async (context) => (await import('./runSync.ts')).runSync(context),
  };
}

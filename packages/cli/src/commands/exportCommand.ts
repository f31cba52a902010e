import type { CommandSpec } from '../cli/commandSpec.ts';

/**
 * `export`: one study, or every study with --all-studies, into CSV, NDJSON, JSON, Parquet,
 * SQLite, DuckDB, Excel or Dataset-JSON files.
 *
 * @throws never
 * @example
 * const command = createExportCommand();
 */
export function createExportCommand(): CommandSpec {
  return {
    path: ['export'],
    summary:
      "write a study's records to files (csv, ndjson, json, parquet, sqlite, duckdb, xlsx, dataset-json)",
    details:
      'One row per record and one column per variable; --by-form writes one table per form\n' +
      '(a file each for csv/ndjson/json/parquet, a table each in a database). Files appear\n' +
      'only when the export succeeded: Ctrl-C or an error leaves no partial file.\n' +
      'With --all-studies, --out is a folder holding one export per study.\n' +
      'xlsx writes one Excel workbook, one sheet per form (a sheet that reaches 1,048,576\n' +
      'rows goes on in <form>_2, ...).\n' +
      'dataset-json writes CDISC Dataset-JSON 1.1, one dataset per form, into the --out folder.',
    arguments: [
      { name: 'studyKey', required: false, description: 'the study (or use --all-studies)' },
    ],
    options: {
      format: {
        type: 'string',
        valueName: '<format>',
        // Spelled out rather than imported, so that help does not load @imednet/export.
        description:
          'csv, ndjson, json, parquet, sqlite, duckdb, xlsx (alias excel), dataset-json (default: from the --out extension)',
      },
      encoding: {
        type: 'string',
        valueName: '<encoding>',
        description: 'with --format dataset-json: json (default), ndjson or dsjc',
      },
      out: {
        type: 'string',
        valueName: '<path>',
        description: 'output file, or folder with --by-form or --all-studies',
      },
      'by-form': { type: 'boolean', description: 'one table per form' },
      labels: {
        type: 'boolean',
        description: 'name columns by variable label instead of variable name',
      },
      layout: {
        type: 'string',
        valueName: '<wide|long>',
        conflicts: ['by-form'],
        description:
          'wide (default): a row per record; long: a row per record and variable (table records_long)',
      },
      'long-format': {
        type: 'boolean',
        conflicts: ['layout', 'by-form'],
        description: "the same as --layout long (the Python CLI's name)",
      },
      forms: {
        type: 'string',
        multiple: true,
        valueName: '<formKey,...>',
        description: 'only these forms (form keys; repeatable or comma-separated)',
      },
      variables: {
        type: 'string',
        multiple: true,
        valueName: '<name,...>',
        description: 'only these variables (repeatable or comma-separated)',
      },
      vars: {
        type: 'string',
        multiple: true,
        valueName: '<name,...>',
        description: "the same as --variables (the Python CLI's name)",
      },
      'page-size': {
        type: 'string',
        valueName: '<n>',
        description: 'records per request (1 to 500)',
      },
      'all-studies': { type: 'boolean', description: 'export every study the keys can see' },
      include: {
        type: 'string',
        multiple: true,
        conflicts: ['exclude'],
        valueName: '<studyKey>',
        description: 'with --all-studies: only these studies',
      },
      exclude: {
        type: 'string',
        multiple: true,
        valueName: '<studyKey>',
        description: 'with --all-studies: skip these',
      },
      concurrency: {
        type: 'string',
        valueName: '<n>',
        description: 'with --all-studies: studies at once',
      },
    },
    examples: [
      'imednet export MY-STUDY --out my-study.csv',
      'imednet export MY-STUDY --format parquet --by-form --out my-study/',
      'imednet export --all-studies --format sqlite --out exports/',
      'imednet export MY-STUDY --format xlsx --out my-study.xlsx',
      'imednet export MY-STUDY --format sqlite --long-format --forms AE,DM --vars AETERM,AGE --out long.sqlite',
      'imednet export MY-STUDY --layout long --page-size 200 --out long.parquet',
      'imednet export MY-STUDY --format dataset-json --encoding dsjc --out my-study/',
    ],
    run: async (context) => (await import('./runExport.ts')).runExport(context),
  };
}

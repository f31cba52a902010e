import type { OptionSpec } from './commandSpec.ts';

/** The flags every command accepts, with their help text. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  sandbox: {
    type: 'boolean',
    description: 'run against an in-process sandbox (generated data, no credentials needed)',
  },
  'base-url': {
    type: 'string',
    valueName: '<url>',
    description: 'API base URL (default: $IMEDNET_BASE_URL or https://edc.prod.imednetapi.com)',
  },
  'allow-insecure': {
    type: 'boolean',
    description: 'allow an http:// --base-url that is not 127.0.0.1 (sends the keys in clear)',
  },
  json: { type: 'boolean', description: 'print results as JSON' },
  ndjson: { type: 'boolean', description: 'print results as newline-delimited JSON' },
  csv: { type: 'boolean', description: 'print results as CSV' },
  verbose: { type: 'boolean', short: 'v', description: 'log each request on stderr' },
  debug: { type: 'boolean', description: 'like --verbose, and print stack traces on errors' },
  quiet: { type: 'boolean', short: 'q', description: 'print nothing on stderr but errors' },
  'no-color': { type: 'boolean', description: 'no colours (also when $NO_COLOR is set)' },
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
};

export type { ArgumentSpec, CommandSpec, OptionSpec } from './cli/command-spec.js';
export type { CliIo, CliStream, OutputFormat } from './cli/context.js';
export { isUsageError, UsageError } from './cli/usage-error.js';
export { createCommandTable } from './commands/command-table.js';
export { EXIT_INTERRUPTED, runCli } from './run-cli.js';

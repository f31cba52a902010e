export type { ArgumentSpec, CommandSpec, OptionSpec } from './cli/commandSpec.ts';
export type { CliIo, CliStream, OutputFormat } from './cli/context.ts';
export { isUsageError, UsageError } from './cli/usageError.ts';
export { createCommandTable } from './commands/commandTable.ts';
export { EXIT_INTERRUPTED, runCli } from './runCli.ts';

export type { ArgumentSpec, CommandSpec, OptionSpec } from './cli/commandSpec.ts';
export type { CliIo, CliStream, OutputFormat } from './cli/context.ts';
export { createCommandTable } from './commands/commandTable.ts';
export {
  isPipelineModuleError,
  PipelineModuleError,
} from './errors/PipelineModuleError.ts';
export { isRecordsFileError, RecordsFileError } from './errors/RecordsFileError.ts';
export { isRecordsInvalidError, RecordsInvalidError } from './errors/RecordsInvalidError.ts';
export { isUsageError, UsageError, type UsageErrorInit } from './errors/UsageError.ts';
export { EXIT_INTERRUPTED, runCli } from './runCli.ts';

import type { CommandSpec } from '../cli/command-spec.js';
import { createDemoCommand } from './demo-command.js';
import { createExportCommand } from './export-command.js';
import { createJobsCommands } from './jobs-commands.js';
import { createListCommands } from './list-commands.js';
import { createPipelineCommand } from './pipeline-command.js';
import { createRecordsCreateCommand } from './records-create-command.js';
import { createSandboxCommand } from './sandbox-command.js';

/**
 * Every command of `imednet`, in the order the help lists them.
 *
 * @throws never
 * @example
 * const names = createCommandTable().map((command) => command.path.join(' '));
 */
export function createCommandTable(): CommandSpec[] {
  return [
    ...createListCommands(),
    createRecordsCreateCommand(),
    ...createJobsCommands(),
    createExportCommand(),
    createPipelineCommand(),
    createSandboxCommand(),
    createDemoCommand(),
  ];
}

import type { CommandSpec } from '../cli/commandSpec.ts';
import { createCodegenCommand } from './codegenCommand.ts';
import { createDashboardCommand } from './dashboardCommand.ts';
import { createDemoCommand } from './demoCommand.ts';
import { createExportCommand } from './exportCommand.ts';
import { createGetCommands } from './getCommands.ts';
import { createJobsCommands } from './jobsCommands.ts';
import { createListCommands } from './listCommands.ts';
import { createPipelineCommand } from './pipelineCommand.ts';
import { createRecordsCreateCommand } from './recordsCreateCommand.ts';
import { createSandboxCommand } from './sandboxCommand.ts';
import { createSyncCommand } from './syncCommand.ts';
import { createWorkerCommand } from './workerCommand.ts';
import { createWorkflowCommands } from './workflowCommands.ts';

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
    ...createGetCommands(),
    ...createWorkflowCommands(),
    createRecordsCreateCommand(),
    ...createJobsCommands(),
    createExportCommand(),
    createSyncCommand(),
    createPipelineCommand(),
    createCodegenCommand(),
    createDashboardCommand(),
    createSandboxCommand(),
    createWorkerCommand(),
    createDemoCommand(),
  ];
}

export { createSandbox } from './createSandbox.ts';
export type {
  ReceivedBatch,
  Sandbox,
  SandboxFault,
  SandboxFaults,
  SandboxOptions,
  SandboxRequestEntry,
  SandboxVariableChange,
  ServedResponse,
} from './types.ts';

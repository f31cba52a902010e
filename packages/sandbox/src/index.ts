export { createSandbox } from './createSandbox.ts';
export type {
  ReceivedBatch,
  Sandbox,
  SandboxFault,
  SandboxFaults,
  SandboxOptions,
  SandboxRequestEntry,
  ServedResponse,
} from './types.ts';

export { createSandbox } from './createSandbox';
export type {
  ReceivedBatch,
  Sandbox,
  SandboxFault,
  SandboxFaults,
  SandboxOptions,
  SandboxRequestEntry,
  ServedResponse,
} from './types';

export { WORKFLOWS_MEMBERS, WORKFLOWS_PACKAGE } from './constants.ts';
export { definePlugin } from './definePlugin.ts';
export {
  isPluginLoadError,
  PluginLoadError,
  type PluginLoadErrorInit,
} from './errors/PluginLoadError.ts';
export type { ImportModule } from './internal/importPluginModule.ts';
export { isWorkflowsNamespace } from './isWorkflowsNamespace.ts';
export { type LoadWorkflowsOptions, loadWorkflows } from './loadWorkflows.ts';
export type {
  PluginFactory,
  PluginLoadFailure,
  WorkflowMember,
  WorkflowsMemberName,
  WorkflowsNamespace,
} from './types.ts';

import type { WorkflowsMemberName } from './types.ts';

/** The package `loadWorkflows` imports when it is given no source. */
export const WORKFLOWS_PACKAGE = '@imednet/workflows';

/** The members every workflows namespace must have. */
export const WORKFLOWS_MEMBERS: readonly WorkflowsMemberName[] = /* @__PURE__ */ Object.freeze([
  'dataExtraction',
  'queryManagement',
  'recordMapper',
  'recordUpdate',
  'subjectData',
]);

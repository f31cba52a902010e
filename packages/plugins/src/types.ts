import type { Client } from '@imednet/core';

/**
 * One member of the namespace: an object of workflow functions, already bound to a client.
 * Any function signature fits; a plugin's own type (see `definePlugin`) keeps the precise one.
 */
// biome-ignore lint/suspicious/noExplicitAny: the parameters of a plugin's functions are its own
export type WorkflowMember = { readonly [name: string]: (...args: any[]) => unknown };

/** The names every workflows namespace must have, in the Python SDK's order. */
export type WorkflowsMemberName =
  | 'dataExtraction'
  | 'queryManagement'
  | 'recordMapper'
  | 'recordUpdate'
  | 'subjectData';

/**
 * What a workflows plugin returns: the five members of the Python SDK's `sdk.workflows`,
 * and room for more (`studyStructure`, members of third-party plugins, ...).
 */
export type WorkflowsNamespace = {
  readonly dataExtraction: WorkflowMember;
  readonly queryManagement: WorkflowMember;
  readonly recordMapper: WorkflowMember;
  readonly recordUpdate: WorkflowMember;
  readonly subjectData: WorkflowMember;
  readonly [member: string]: WorkflowMember | undefined;
};

/**
 * A plugin: a function from a client to a namespace. It must not change the client it is
 * given (clients are frozen values); it may return a promise.
 */
export type PluginFactory<N extends WorkflowsNamespace = WorkflowsNamespace> = (
  client: Client,
) => N | Promise<N>;

/** How a plugin failed to load; `PluginLoadError.reason` holds one of these. */
export type PluginLoadFailure =
  | 'not-installed'
  | 'module-not-found'
  | 'import-failed'
  | 'no-factory'
  | 'not-a-function'
  | 'factory-threw'
  | 'invalid-namespace';

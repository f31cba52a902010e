import type { Client } from '@imednet/core';
import { redactSecrets } from '@imednet/core';
// Types only: the default plugin is ours, so `loadWorkflows(client)` is typed by it while the
// package itself stays an optional peer, imported at run time only when no source is given.
import type { Workflows } from '@imednet/workflows';
import { WORKFLOWS_PACKAGE } from './constants.ts';
import { PluginLoadError } from './errors/PluginLoadError.ts';
import { describeType } from './internal/describeType.ts';
import { type ImportModule, importPluginModule } from './internal/importPluginModule.ts';
import { pickFactory } from './internal/pickFactory.ts';
import { findMissingMembers } from './isWorkflowsNamespace.ts';
import type { PluginFactory, WorkflowsNamespace } from './types.ts';

/** Options of {@link loadWorkflows}. */
export interface LoadWorkflowsOptions {
  /**
   * Loads a module by specifier, in place of the runtime's dynamic `import()`; for runtimes or
   * bundles where a specifier must be mapped to a module you imported yourself.
   */
  importModule?: ImportModule;
}

/**
 * Loads the workflows namespace for a client. `source` is a plugin factory, a module
 * specifier (its default export or a named `createWorkflows` is the factory), or absent: then
 * `@imednet/workflows` is imported and the result is typed as its `Workflows`. The client is passed to the factory unchanged.
 *
 * @throws {PluginLoadError} when the module is missing (`'not-installed'` for the default
 *   package, `'module-not-found'` otherwise) or fails to load (`'import-failed'`), exports no
 *   factory (`'no-factory'`) or a non-function (`'not-a-function'`), the factory throws
 *   (`'factory-threw'`), or its result lacks a member (`'invalid-namespace'`); `cause` keeps
 *   the original error.
 * @example
 * const workflows = await loadWorkflows(client);
 * const open = await workflows.queryManagement.getOpenQueries('STUDY-1');
 */
export async function loadWorkflows(
  client: Client,
  source?: undefined,
  options?: LoadWorkflowsOptions,
): Promise<Workflows>;
export async function loadWorkflows<N extends WorkflowsNamespace>(
  client: Client,
  source: PluginFactory<N>,
  options?: LoadWorkflowsOptions,
): Promise<N>;
export async function loadWorkflows(
  client: Client,
  source: string | PluginFactory,
  options?: LoadWorkflowsOptions,
): Promise<WorkflowsNamespace>;
export async function loadWorkflows(
  client: Client,
  source?: string | PluginFactory,
  options: LoadWorkflowsOptions = {},
): Promise<WorkflowsNamespace> {
  const { factory, origin } = await resolveFactory(source, options);
  let namespace: unknown;
  try {
    namespace = await factory(client);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new PluginLoadError(
      {
        reason: 'factory-threw',
        source: origin,
        message: `The workflows plugin from ${originText(origin)} threw: ${redactSecrets(client, message)}`,
      },
      { cause },
    );
  }
  const missing = findMissingMembers(namespace);
  if (missing.length > 0) {
    throw new PluginLoadError({
      reason: 'invalid-namespace',
      source: origin,
      message:
        `The workflows plugin from ${originText(origin)} returned ${describeType(namespace)} ` +
        `without the member(s) ${missing.join(', ')}; each must be an object of functions`,
    });
  }
  return namespace as WorkflowsNamespace;
}

async function resolveFactory(
  source: unknown,
  options: LoadWorkflowsOptions,
): Promise<{ factory: PluginFactory; origin: string }> {
  if (typeof source === 'function') return { factory: source as PluginFactory, origin: 'factory' };
  if (source === undefined || typeof source === 'string') {
    const specifier = source ?? WORKFLOWS_PACKAGE;
    const module = await importPluginModule(specifier, options.importModule);
    return { factory: pickFactory(module, specifier), origin: specifier };
  }
  throw new PluginLoadError({
    reason: 'not-a-function',
    source: 'argument',
    message: `loadWorkflows expects a plugin factory or a module specifier, got ${describeType(source)}`,
  });
}

function originText(origin: string): string {
  return origin === 'factory' || origin === 'argument' ? 'the given factory' : `"${origin}"`;
}

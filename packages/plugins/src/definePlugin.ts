import { PluginLoadError } from './errors/PluginLoadError.ts';
import { describeType } from './internal/describeType.ts';
import type { PluginFactory, WorkflowsNamespace } from './types.ts';

/**
 * Declares a workflows plugin. It returns the factory unchanged, typed, so that a plugin
 * module can `export default definePlugin((client) => ({ ... }))` and have its result checked
 * by the compiler.
 *
 * @throws {PluginLoadError} reason `'not-a-function'` when `factory` is not a function.
 * @example
 * export default definePlugin((client) => ({
 *   ...createWorkflows(client),
 *   reports: { countSubjects: (studyKey: string) => countSubjects(client, studyKey) },
 * }));
 */
// @__NO_SIDE_EFFECTS__
export function definePlugin<N extends WorkflowsNamespace>(
  factory: PluginFactory<N>,
): PluginFactory<N> {
  if (typeof factory !== 'function') {
    throw new PluginLoadError({
      reason: 'not-a-function',
      source: 'factory',
      message: `definePlugin expects a function (client) => namespace, got ${describeType(factory)}`,
    });
  }
  return factory;
}

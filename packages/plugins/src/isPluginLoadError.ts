import { isImednetError } from '@imednet/core';
import type { PluginLoadError } from './PluginLoadError.ts';

/**
 * Whether `error` is a {@link PluginLoadError}, also across duplicate copies of the package
 * (it checks the brand and the code, not `instanceof`).
 *
 * @throws never
 * @example
 * try { await loadWorkflows(client) } catch (e) { if (isPluginLoadError(e)) console.error(e.message) }
 */
export function isPluginLoadError(error: unknown): error is PluginLoadError {
  return isImednetError(error, 'PLUGIN_LOAD_ERROR');
}

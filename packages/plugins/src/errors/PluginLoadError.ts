import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';
import type { PluginLoadFailure } from '../types.ts';

/** What a `PluginLoadError` is built from. */
export interface PluginLoadErrorInit {
  /** How loading failed. */
  reason: PluginLoadFailure;
  /** What was loaded: a module specifier, `'factory'` or `'argument'`. */
  source: string;
  message: string;
}

/**
 * A workflows plugin could not be loaded. `reason` says how it failed, `source` names what
 * was loaded (a module specifier, or `'factory'`), and `cause` keeps the original error.
 *
 * @example
 * try { await loadWorkflows(client) } catch (e) { if (isPluginLoadError(e)) console.log(e.reason) }
 */
export class PluginLoadError extends ImednetError {
  override readonly code = 'PLUGIN_LOAD_ERROR' as const;
  override name = 'PluginLoadError';
  declare readonly reason: PluginLoadFailure;
  declare readonly source: string;

  constructor(init: PluginLoadErrorInit, options?: ImednetErrorOptions) {
    super(init.message, options, { reason: init.reason, source: init.source });
  }
}

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

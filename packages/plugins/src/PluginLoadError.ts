import { ImednetError, type ImednetErrorOptions } from '@imednet/core';
import type { PluginLoadFailure } from './types.ts';

/**
 * A workflows plugin could not be loaded. `reason` says how it failed, `source` names what
 * was loaded (a module specifier, or `'factory'`), and `cause` keeps the original error.
 */
export class PluginLoadError extends ImednetError {
  override readonly code = 'PLUGIN_LOAD_ERROR' as const;
  override name = 'PluginLoadError';
  readonly reason: PluginLoadFailure;
  readonly source: string;

  constructor(
    reason: PluginLoadFailure,
    source: string,
    message: string,
    options?: ImednetErrorOptions,
  ) {
    super(message, options);
    this.reason = reason;
    this.source = source;
  }
}

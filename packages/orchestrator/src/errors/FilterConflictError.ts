import { type ImednetErrorOptions, isImednetError } from '@imednet/core';
import { OrchestratorError } from './OrchestratorError.ts';

/** What a `FilterConflictError` is built from. */
export interface FilterConflictErrorInit {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * Both `include` and `exclude` were given (non-empty): the intent is ambiguous, so nothing
 * is sent. Raised before any request. An `OrchestratorError`, `reason: 'FILTER_CONFLICT'`.
 *
 * @example
 * try { await resolveStudies(client, { include: ['A'], exclude: ['B'] }) }
 * catch (e) { if (isFilterConflictError(e)) console.log(e.include, e.exclude) }
 */
export class FilterConflictError extends OrchestratorError {
  override readonly code = 'FILTER_CONFLICT' as const;
  override name = 'FilterConflictError';
  declare readonly include: readonly string[];
  declare readonly exclude: readonly string[];

  constructor(init: FilterConflictErrorInit, options?: ImednetErrorOptions) {
    super(
      {
        message: `Give either include (${init.include.length} keys) or exclude (${init.exclude.length} keys), not both`,
        reason: 'FILTER_CONFLICT',
      },
      options,
    );
    Object.assign(this, {
      include: Object.freeze([...init.include]),
      exclude: Object.freeze([...init.exclude]),
    });
  }
}

/**
 * True for a `FilterConflictError` from any copy of this package.
 *
 * @throws never
 * @example
 * if (isFilterConflictError(e)) console.error(e.message)
 */
export function isFilterConflictError(error: unknown): error is FilterConflictError {
  return isImednetError(error, 'FILTER_CONFLICT');
}

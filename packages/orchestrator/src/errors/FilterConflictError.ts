import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/**
 * Both `include` and `exclude` were given (non-empty): the intent is ambiguous, so nothing
 * is sent. Raised before any request.
 *
 * @example
 * try { await resolveStudies(client, { include: ['A'], exclude: ['B'] }) }
 * catch (e) { if (isFilterConflictError(e)) console.log(e.include, e.exclude) }
 */
export class FilterConflictError extends ImednetError {
  override readonly code = 'FILTER_CONFLICT' as const;
  override name = 'FilterConflictError';
  readonly include: readonly string[];
  readonly exclude: readonly string[];

  constructor(
    include: readonly string[],
    exclude: readonly string[],
    options?: ImednetErrorOptions,
  ) {
    super(
      `Give either include (${include.length} keys) or exclude (${exclude.length} keys), not both`,
      options,
    );
    this.include = Object.freeze([...include]);
    this.exclude = Object.freeze([...exclude]);
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

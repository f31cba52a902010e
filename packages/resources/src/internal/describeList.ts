import {
  buildFilter,
  buildSort,
  checkInteger,
  type Filters,
  InvalidInputError,
  MAX_PAGE_SIZE,
  type RequestDescription,
} from '@imednet/core';
import type { AnyListOptions, ResourceDefinition } from './types.ts';

/**
 * Describes a list request (pure: no I/O): path, and the `filter`, `sort` and extra query
 * parameters. Paging parameters are added by core's `paginate` and `fetchPage`.
 *
 * @throws {InvalidInputError} a missing study key, a bad page size, filter or sort, a string
 * filter for users
 */
export function describeList<T>(
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  filters: Filters | undefined,
  options: AnyListOptions = {},
): RequestDescription {
  if (def.scoped && (typeof studyKey !== 'string' || studyKey === '')) {
    throw new InvalidInputError({
      details: [{ field: 'studyKey', message: 'a study key is required' }],
    });
  }
  if (options.pageSize !== undefined) checkInteger(options.pageSize, 'pageSize', 1, MAX_PAGE_SIZE);
  const query: Record<string, string | boolean | undefined> = def.localQuery
    ? def.localQuery(filters, options)
    : { filter: buildFilter(filters, def.studyFilter ? { and: { studyKey: studyKey! } } : {}) };
  query.sort = buildSort(options.sort);
  if (options.recordDataFilter !== undefined) {
    query.recordDataFilter = buildFilter(options.recordDataFilter, { allowContains: true });
  }
  return {
    method: 'GET',
    path: def.scoped ? ['studies', studyKey!, def.name] : [def.name],
    query,
  };
}

import {
  buildFilter,
  buildSort,
  type Filters,
  InvalidInputError,
  MAX_PAGE_SIZE,
  type RequestDescription,
} from '@imednet/core';
import type { AnyListOptions, ResourceDefinition } from './types';

/**
 * Describes a list request (pure: no I/O): path, and the `filter`, `sort` and extra query
 * parameters. Paging parameters are added by core's `paginate` and `fetchPage`.
 *
 * @throws {InvalidInputError} a missing study key, a bad page size, a string filter for users
 */
export function describeList<T>(
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  filters: Filters | undefined,
  options: AnyListOptions = {},
): RequestDescription {
  if (def.scoped && (typeof studyKey !== 'string' || studyKey === '')) {
    throw new InvalidInputError([{ field: 'studyKey', message: 'a study key is required' }]);
  }
  checkPageSize(options.pageSize);
  const query: Record<string, string | boolean | undefined> = { sort: buildSort(options.sort) };
  if (def.localFilter) {
    // The users endpoint has no `filter` parameter: object filters are matched while paging,
    // a raw string cannot be (the SDK would have to parse the grammar back).
    if (typeof filters === 'string') {
      throw new InvalidInputError([
        {
          field: 'filters',
          message: 'users take an object filter (matched locally), not a string',
        },
      ]);
    }
    // Written only to check the filter with the grammar's rules (no `=~`, no empty lists), so
    // a bad one fails before any request, as it would for the other resources.
    buildFilter(filters);
    query.includeInactive = options.includeInactive ?? false;
  } else {
    query.filter = buildFilter(filters, def.studyFilter ? { and: { studyKey: studyKey! } } : {});
  }
  if (options.recordDataFilter !== undefined) {
    query.recordDataFilter = buildFilter(options.recordDataFilter, { allowContains: true });
  }
  return {
    method: 'GET',
    path: def.scoped ? ['studies', studyKey!, def.name] : [def.name],
    query,
  };
}

/** @throws {InvalidInputError} unless the size is a whole number from 1 to 500 */
export function checkPageSize(pageSize: number | undefined): void {
  if (
    pageSize !== undefined &&
    !(Number.isSafeInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)
  ) {
    throw new InvalidInputError([
      { field: 'pageSize', message: `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}` },
    ]);
  }
}

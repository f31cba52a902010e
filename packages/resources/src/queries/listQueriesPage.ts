import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Query } from '../schemas/query.ts';
import { queries } from './queries.ts';

/**
 * Fetches one page of a study's queries (0-based) with the server's paging figures, for
 * user interfaces that page.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listQueriesPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listQueriesPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<Query> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Query>> {
  return listResourcePage(client, queries, studyKey, filters, options);
}

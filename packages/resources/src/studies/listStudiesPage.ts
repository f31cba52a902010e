import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Study } from '../schemas/study.ts';
import { studies } from './studies.ts';

/**
 * Fetches one page of studies (0-based) with the server's paging figures, for
 * user interfaces that page.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listStudiesPage(client, undefined, { page: 0, pageSize: 50 });
 */
export function listStudiesPage(
  client: Client,
  filters: FiltersOf<Study> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Study>> {
  return listResourcePage(client, studies, undefined, filters, options);
}

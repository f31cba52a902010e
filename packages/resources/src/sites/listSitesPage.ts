import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Site } from '../schemas/site.ts';
import { sites } from './sites.ts';

/**
 * Fetches one page of a study's sites (0-based) with the server's paging figures, for
 * user interfaces that page.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listSitesPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listSitesPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<Site> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Site>> {
  return listResourcePage(client, sites, studyKey, filters, options);
}

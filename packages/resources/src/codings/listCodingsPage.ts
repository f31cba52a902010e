import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Coding } from '../schemas/coding.ts';
import { codings } from './codings.ts';

/**
 * Fetches one page of a study's codings (0-based) with the server's paging figures, for
 * user interfaces that page.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listCodingsPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listCodingsPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<Coding> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Coding>> {
  return listResourcePage(client, codings, studyKey, filters, options);
}

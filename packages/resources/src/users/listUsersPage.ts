import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListUsersOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { User } from '../schemas/user.ts';
import { users } from './users.ts';

/**
 * Fetches one page of a study's users (0-based) with the server's paging figures, for
 * user interfaces that page.
 * The users endpoint has no `filter` parameter: an object filter is matched on each page
 * as it arrives (a raw filter string is refused). Inactive users need `includeInactive`.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listUsersPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listUsersPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<User> | undefined,
  options: ListUsersOptions & PageOptions,
): Promise<PageResult<User>> {
  return listResourcePage(client, users, studyKey, filters, options);
}

import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListUsersOptions } from '../internal/types.ts';
import type { User } from '../schemas/user.ts';
import { users } from './users.ts';

/**
 * Iterates over a study's users lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 * The users endpoint has no `filter` parameter: an object filter is matched on each page
 * as it arrives (a raw filter string is refused). Inactive users need `includeInactive`.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateUsers(client, 'PHARMADEMO', { lastName: 'Smith' })) console.log(item.userId);
 */
export function iterateUsers(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<User>,
  options?: ListUsersOptions,
): AsyncIterable<User> {
  return iterateResource(client, users, studyKey, filters, options);
}

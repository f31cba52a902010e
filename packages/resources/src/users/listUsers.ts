import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListUsersOptions } from '../internal/types.ts';
import type { User } from '../schemas/user.ts';
import { users } from './users.ts';

/**
 * Lists a study's users, every page, into an array. For large studies prefer
 * `iterateUsers`, which holds one page at a time.
 * The users endpoint has no `filter` parameter: an object filter is matched on each page
 * as it arrives (a raw filter string is refused). Inactive users need `includeInactive`.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listUsers(client, 'PHARMADEMO', { lastName: 'Smith' }, { includeInactive: true });
 */
export function listUsers(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<User>,
  options?: ListUsersOptions,
): Promise<User[]> {
  return collect(iterateResource(client, users, studyKey, filters, options));
}

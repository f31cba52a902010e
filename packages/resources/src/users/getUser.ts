import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { User } from '../schemas/user.ts';
import { users } from './users.ts';

/**
 * Gets one user by its `userId`. The API has no single-item call: this lists with a
 * filter on `userId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned). Users are matched while paging (inactive ones included).
 *
 * @throws {ItemNotFoundError} no user has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getUser(client, 'PHARMADEMO', '685253e1-1a95-4352-a7b0-4c62d3807727');
 */
export function getUser(
  client: Client,
  studyKey: string,
  userId: string,
  options?: CallOptions,
): Promise<User> {
  return getResource(client, users, studyKey, userId, options);
}

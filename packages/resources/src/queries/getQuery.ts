import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Query } from '../schemas/query.ts';
import { queries } from './queries.ts';

/**
 * Gets one query by its `annotationId`. The API has no single-item call: this lists with a
 * filter on `annotationId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no query has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getQuery(client, 'PHARMADEMO', 123);
 */
export function getQuery(
  client: Client,
  studyKey: string,
  annotationId: number,
  options?: CallOptions,
): Promise<Query> {
  return getResource(client, queries, studyKey, annotationId, options);
}

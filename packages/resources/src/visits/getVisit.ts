import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Visit } from '../schemas/visit.ts';
import { visits } from './visits.ts';

/**
 * Gets one visit by its `visitId`. The API has no single-item call: this lists with a
 * filter on `visitId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no visit has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getVisit(client, 'PHARMADEMO', 123);
 */
export function getVisit(
  client: Client,
  studyKey: string,
  visitId: number,
  options?: CallOptions,
): Promise<Visit> {
  return getResource(client, visits, studyKey, visitId, options);
}

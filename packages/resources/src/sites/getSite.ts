import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Site } from '../schemas/site.ts';
import { sites } from './sites.ts';

/**
 * Gets one site by its `siteId`. The API has no single-item call: this lists with a
 * filter on `siteId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no site has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getSite(client, 'PHARMADEMO', 123);
 */
export function getSite(
  client: Client,
  studyKey: string,
  siteId: number,
  options?: CallOptions,
): Promise<Site> {
  return getResource(client, sites, studyKey, siteId, options);
}

import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Interval } from '../schemas/interval.ts';
import { intervals } from './intervals.ts';

/**
 * Gets one interval by its `intervalId`. The API has no single-item call: this lists with a
 * filter on `intervalId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no interval has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getInterval(client, 'PHARMADEMO', 123);
 */
export function getInterval(
  client: Client,
  studyKey: string,
  intervalId: number,
  options?: CallOptions,
): Promise<Interval> {
  return getResource(client, intervals, studyKey, intervalId, options);
}

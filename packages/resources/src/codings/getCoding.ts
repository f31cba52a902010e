import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Coding } from '../schemas/coding.ts';
import { codings } from './codings.ts';

/**
 * Gets one coding by its `codingId`. The API has no single-item call: this lists with a
 * filter on `codingId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no coding has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getCoding(client, 'PHARMADEMO', 'C1');
 */
export function getCoding(
  client: Client,
  studyKey: string,
  codingId: string,
  options?: CallOptions,
): Promise<Coding> {
  return getResource(client, codings, studyKey, codingId, options);
}

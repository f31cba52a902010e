import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Study } from '../schemas/study.ts';
import { studies } from './studies.ts';

/**
 * Gets one study by its `studyKey`. The API has no single-item call: this lists with a
 * filter on `studyKey` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no study has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getStudy(client, 'PHARMADEMO');
 */
export function getStudy(client: Client, studyKey: string, options?: CallOptions): Promise<Study> {
  return getResource(client, studies, undefined, studyKey, options);
}

import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { EdcRecord } from '../schemas/record.ts';
import { records } from './records.ts';

/**
 * Gets one record by its `recordId`. The API has no single-item call: this lists with a
 * filter on `recordId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no record has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getRecord(client, 'PHARMADEMO', 123);
 */
export function getRecord(
  client: Client,
  studyKey: string,
  recordId: number,
  options?: CallOptions,
): Promise<EdcRecord> {
  return getResource(client, records, studyKey, recordId, options);
}

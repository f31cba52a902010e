import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { RecordRevision } from '../schemas/recordRevision.ts';
import { recordRevisions } from './recordRevisions.ts';

/**
 * Gets one record revision by its `recordRevisionId`. The API has no single-item call: this lists with a
 * filter on `recordRevisionId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no recordRevision has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getRecordRevision(client, 'PHARMADEMO', 123);
 */
export function getRecordRevision(
  client: Client,
  studyKey: string,
  recordRevisionId: number,
  options?: CallOptions,
): Promise<RecordRevision> {
  return getResource(client, recordRevisions, studyKey, recordRevisionId, options);
}

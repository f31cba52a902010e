import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Subject } from '../schemas/subject.ts';
import { subjects } from './subjects.ts';

/**
 * Gets one subject by its `subjectKey`. The API has no single-item call: this lists with a
 * filter on `subjectKey` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no subject has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getSubject(client, 'PHARMADEMO', '01-001');
 */
export function getSubject(
  client: Client,
  studyKey: string,
  subjectKey: string,
  options?: CallOptions,
): Promise<Subject> {
  return getResource(client, subjects, studyKey, subjectKey, options);
}

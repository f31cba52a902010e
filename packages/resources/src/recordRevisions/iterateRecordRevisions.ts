import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { RecordRevision } from '../schemas/recordRevision.ts';
import { recordRevisions } from './recordRevisions.ts';

/**
 * Iterates over a study's recordRevisions lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateRecordRevisions(client, 'PHARMADEMO', { dateCreated: ['>', new Date('2025-01-01T00:00:00Z')] })) console.log(item.recordRevisionId);
 */
export function iterateRecordRevisions(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<RecordRevision>,
  options?: ListOptions,
): AsyncIterable<RecordRevision> {
  return iterateResource(client, recordRevisions, studyKey, filters, options);
}

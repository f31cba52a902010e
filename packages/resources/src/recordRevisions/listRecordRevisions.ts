import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { RecordRevision } from '../schemas/recordRevision.ts';
import { recordRevisions } from './recordRevisions.ts';

/**
 * Lists a study's recordRevisions, every page, into an array. For large studies prefer
 * `iterateRecordRevisions`, which holds one page at a time.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listRecordRevisions(client, 'PHARMADEMO', { dateCreated: ['>', new Date('2025-01-01T00:00:00Z')] }, { sort: { recordRevisionId: 'ASC' } });
 */
export function listRecordRevisions(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<RecordRevision>,
  options?: ListOptions,
): Promise<RecordRevision[]> {
  return collect(iterateResource(client, recordRevisions, studyKey, filters, options));
}

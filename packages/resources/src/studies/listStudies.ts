import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Study } from '../schemas/study.ts';
import { studies } from './studies.ts';

/**
 * Lists all studies, every page, into an array. For large studies prefer
 * `iterateStudies`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listStudies(client, { studyType: 'STUDY' }, { sort: { studyKey: 'ASC' } });
 */
export function listStudies(
  client: Client,
  filters?: FiltersOf<Study>,
  options?: ListOptions,
): Promise<Study[]> {
  return collect(iterateResource(client, studies, undefined, filters, options));
}

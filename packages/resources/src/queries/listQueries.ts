import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Query } from '../schemas/query.ts';
import { queries } from './queries.ts';

/**
 * Lists a study's queries, every page, into an array. For large studies prefer
 * `iterateQueries`, which holds one page at a time.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listQueries(client, 'PHARMADEMO', { annotationType: 'subject' }, { sort: { annotationId: 'DESC' } });
 */
export function listQueries(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Query>,
  options?: ListOptions,
): Promise<Query[]> {
  return collect(iterateResource(client, queries, studyKey, filters, options));
}

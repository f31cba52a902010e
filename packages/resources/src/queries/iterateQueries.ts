import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Query } from '../schemas/query.ts';
import { queries } from './queries.ts';

/**
 * Iterates over a study's queries lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateQueries(client, 'PHARMADEMO', { annotationType: 'subject' })) console.log(item.annotationId);
 */
export function iterateQueries(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Query>,
  options?: ListOptions,
): AsyncIterable<Query> {
  return iterateResource(client, queries, studyKey, filters, options);
}

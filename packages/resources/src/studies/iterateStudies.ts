import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Study } from '../schemas/study.ts';
import { studies } from './studies.ts';

/**
 * Iterates over the studies lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateStudies(client, { studyType: 'STUDY' })) console.log(item.studyKey);
 */
export function iterateStudies(
  client: Client,
  filters?: FiltersOf<Study>,
  options?: ListOptions,
): AsyncIterable<Study> {
  return iterateResource(client, studies, undefined, filters, options);
}

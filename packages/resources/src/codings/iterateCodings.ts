import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Coding } from '../schemas/coding.ts';
import { codings } from './codings.ts';

/**
 * Iterates over a study's codings lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateCodings(client, 'PHARMADEMO', { dictionaryName: 'MedDRA' })) console.log(item.codingId);
 */
export function iterateCodings(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Coding>,
  options?: ListOptions,
): AsyncIterable<Coding> {
  return iterateResource(client, codings, studyKey, filters, options);
}

import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Coding } from '../schemas/coding.ts';
import { codings } from './codings.ts';

/**
 * Lists a study's codings, every page, into an array. For large studies prefer
 * `iterateCodings`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listCodings(client, 'PHARMADEMO', { dictionaryName: 'MedDRA' }, { sort: 'dateCoded,DESC' });
 */
export function listCodings(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Coding>,
  options?: ListOptions,
): Promise<Coding[]> {
  return collect(iterateResource(client, codings, studyKey, filters, options));
}

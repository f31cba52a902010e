import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Visit } from '../schemas/visit.ts';
import { visits } from './visits.ts';

/**
 * Lists a study's visits, every page, into an array. For large studies prefer
 * `iterateVisits`, which holds one page at a time.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listVisits(client, 'PHARMADEMO', { visitDate: ['>=', '2025-01-01'] }, { sort: { visitId: 'ASC' } });
 */
export function listVisits(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Visit>,
  options?: ListOptions,
): Promise<Visit[]> {
  return collect(iterateResource(client, visits, studyKey, filters, options));
}

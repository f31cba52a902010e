import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Interval } from '../schemas/interval.ts';
import { intervals } from './intervals.ts';

/**
 * Lists a study's intervals, every page, into an array. For large studies prefer
 * `iterateIntervals`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listIntervals(client, 'PHARMADEMO', { disabled: false }, { sort: 'intervalSequence' });
 */
export function listIntervals(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Interval>,
  options?: ListOptions,
): Promise<Interval[]> {
  return collect(iterateResource(client, intervals, studyKey, filters, options));
}

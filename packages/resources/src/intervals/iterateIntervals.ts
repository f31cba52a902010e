import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Interval } from '../schemas/interval.ts';
import { intervals } from './intervals.ts';

/**
 * Iterates over a study's intervals lazily, one page (500 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateIntervals(client, 'PHARMADEMO', { disabled: false })) console.log(item.intervalId);
 */
export function iterateIntervals(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Interval>,
  options?: ListOptions,
): AsyncIterable<Interval> {
  return iterateResource(client, intervals, studyKey, filters, options);
}

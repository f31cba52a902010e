import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Site } from '../schemas/site.ts';
import { sites } from './sites.ts';

/**
 * Iterates over a study's sites lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateSites(client, 'PHARMADEMO', { siteName: 'Mock Site 1' })) console.log(item.siteId);
 */
export function iterateSites(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Site>,
  options?: ListOptions,
): AsyncIterable<Site> {
  return iterateResource(client, sites, studyKey, filters, options);
}

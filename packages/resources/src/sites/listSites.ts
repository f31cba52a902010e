import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Site } from '../schemas/site.ts';
import { sites } from './sites.ts';

/**
 * Lists a study's sites, every page, into an array. For large studies prefer
 * `iterateSites`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listSites(client, 'PHARMADEMO', { siteName: 'Mock Site 1' }, { sort: 'siteId' });
 */
export function listSites(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Site>,
  options?: ListOptions,
): Promise<Site[]> {
  return collect(iterateResource(client, sites, studyKey, filters, options));
}

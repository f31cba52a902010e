import { type Client, type FilterObject, InvalidInputError } from '@imednet/core';
import { iterateSubjects, type ListOptions, listQueries, type Query } from '@imednet/resources';
import { chunkFilterValues } from '../internal/chunkValues.ts';

/** Options of {@link getQueriesBySite}. */
export interface GetQueriesBySiteOptions extends ListOptions {
  /** Most subjects per queries request (one OR branch each). Default 25. */
  chunkSize?: number;
}

/**
 * Every query of the subjects at one site (a site name, or a site id as a number). The site's
 * subjects are listed first, then their queries are fetched with OR filters on subjectKey in
 * chunks, so that no filter string grows beyond the server's bounds. A `subjectKey` in
 * `filters` narrows the site's subjects further.
 *
 * @throws {InvalidInputError} an empty site, or filters too wide to combine with a chunk
 * @throws {ApiError} the server refused a request
 * @example
 * const queries = await getQueriesBySite(client, 'STUDY-1', 'Minneapolis');
 */
export async function getQueriesBySite(
  client: Client,
  studyKey: string,
  site: string | number,
  filters: FilterObject<keyof Query & string> = {},
  options: GetQueriesBySiteOptions = {},
): Promise<Query[]> {
  if (site === '' || (typeof site !== 'string' && !Number.isSafeInteger(site))) {
    throw new InvalidInputError({
      details: [{ field: 'site', message: 'site must be a site name or a site id' }],
    });
  }
  const { chunkSize = 25, ...listOptions } = options;
  const { signal } = listOptions;
  const siteFilter = typeof site === 'number' ? { siteId: site } : { siteName: site };
  const wanted = subjectKeysOf(filters.subjectKey);
  const keys = new Set<string>();
  for await (const subject of iterateSubjects(client, studyKey, siteFilter, { signal })) {
    if (subject.subjectKey && (!wanted || wanted.has(subject.subjectKey)))
      keys.add(subject.subjectKey);
  }
  const { subjectKey: _, ...rest } = filters;
  const queries: Query[] = [];
  const seen = new Set<number>();
  for (const chunk of chunkFilterValues(studyKey, [...keys], rest, 'subjects', chunkSize)) {
    for (const query of await listQueries(
      client,
      studyKey,
      { ...rest, subjectKey: chunk },
      listOptions,
    )) {
      if (!seen.has(query.annotationId)) {
        seen.add(query.annotationId);
        queries.push(query);
      }
    }
  }
  return queries;
}

/** The subject keys a `subjectKey` filter allows, or null for no limit. */
function subjectKeysOf(condition: unknown): Set<string> | null {
  if (condition === undefined) return null;
  if (typeof condition === 'string') return new Set([condition]);
  if (Array.isArray(condition) && condition.every((c) => typeof c === 'string')) {
    return new Set(condition as string[]);
  }
  throw new InvalidInputError({
    details: [
      { field: 'subjectKey', message: 'a subjectKey filter here must be a key or a list of keys' },
    ],
  });
}

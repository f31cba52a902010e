import type { Client } from '@imednet/core';
import { type FiltersOf, iterateQueries, type ListOptions, type Query } from '@imednet/resources';
import { getQueryState } from './getQueryState.ts';

/** How many queries are open, closed, or in no readable state. */
export interface QueryStateCounts {
  open: number;
  closed: number;
  unknown: number;
  total: number;
}

/**
 * Counts a study's queries by state (see `getQueryState`), paging through them without
 * keeping them. `filters` narrow the queries on the server first.
 *
 * @throws {InvalidInputError} a bad study key or filter, before any request
 * @throws {ApiError} the server refused a request
 * @example
 * const { open, closed, unknown } = await getQueryStateCounts(client, 'STUDY-1');
 */
export async function getQueryStateCounts(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Query>,
  options?: ListOptions,
): Promise<QueryStateCounts> {
  const counts: QueryStateCounts = { open: 0, closed: 0, unknown: 0, total: 0 };
  for await (const query of iterateQueries(client, studyKey, filters, options)) {
    counts[getQueryState(query)]++;
    counts.total++;
  }
  return counts;
}

import type { Client } from '@imednet/core';
import { type FiltersOf, iterateQueries, type ListOptions, type Query } from '@imednet/resources';
import { getQueryState } from './getQueryState.ts';

/**
 * The open queries of a study: those whose comment with the highest sequence is not closed.
 * `filters` narrow the queries on the server first (any query field).
 *
 * @throws {InvalidInputError} a bad study key or filter, before any request
 * @throws {ApiError} the server refused a request
 * @example
 * const open = await getOpenQueries(client, 'STUDY-1', { subjectKey: 'S-001' });
 */
export async function getOpenQueries(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Query>,
  options?: ListOptions,
): Promise<Query[]> {
  const open: Query[] = [];
  for await (const query of iterateQueries(client, studyKey, filters, options)) {
    if (getQueryState(query) === 'open') open.push(query);
  }
  return open;
}

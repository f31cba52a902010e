import type { Query } from '@imednet/resources';

/** Where a query stands: its latest comment is open, closed, or cannot be told. */
export type QueryState = 'open' | 'closed' | 'unknown';

/**
 * The state of a query, read from the comment with the highest sequence: not closed means
 * open. A query without comments, or whose latest comment does not say, is `'unknown'`. Pure.
 *
 * @throws never
 * @example
 * const queries = await listQueries(client, 'STUDY-1');
 * const open = queries.filter((q) => getQueryState(q) === 'open');
 */
export function getQueryState(query: Pick<Query, 'queryComments'>): QueryState {
  let latest: { sequence: number; closed: boolean | null } | undefined;
  for (const comment of query.queryComments ?? []) {
    const sequence = comment.sequence ?? Number.NEGATIVE_INFINITY;
    if (!latest || sequence >= latest.sequence) latest = { sequence, closed: comment.closed };
  }
  if (!latest || latest.closed === null || latest.closed === undefined) return 'unknown';
  return latest.closed ? 'closed' : 'open';
}

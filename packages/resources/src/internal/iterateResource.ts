import {
  buildRequestUrl,
  type Client,
  type Filters,
  PaginationError,
  paginate,
  type RequestDescription,
} from '@imednet/core';
import { decodeItem } from './decodeItem.ts';
import { describeList } from './describeList.ts';
import type { AnyListOptions, ResourceDefinition } from './types.ts';

/**
 * Pages through a resource lazily, decoding each item; the shared body of every `iterateX`
 * and `listX`. Nothing is requested until the first item is pulled, and breaking out of the
 * loop stops the paging (and cancels the pages read ahead).
 *
 * A whole read never yields one item twice or silently skips one while the data changes under
 * it: items are told apart by their id, and a repeated id or a `totalElements` that moves shows
 * that items shifted between pages (an update under a sort on `dateModified`, an insert, a
 * delete), so some may have been skipped. Then a second pass, ordered by the id (which no
 * update moves), yields the items the first pass missed, after the others. If that pass sees
 * the data move too, the read ends with a PaginationError rather than a set that may be short.
 */
export async function* iterateResource<T>(
  client: Client,
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  filters: Filters | undefined,
  options: AnyListOptions = {},
): AsyncGenerator<T, void, undefined> {
  const description = describeList(def, studyKey, filters, options);
  const seen = new Set<unknown>();
  const read = readPass(client, def, description, filters, options, seen);
  let changed = yield* read;
  if (!changed) return;
  const healing = describeList(def, studyKey, filters, {
    ...options,
    sort: { [def.idField]: 'ASC' },
  });
  changed = yield* readPass(client, def, healing, filters, options, seen, new Set());
  if (changed) {
    const url = buildRequestUrl(client, description);
    throw new PaginationError({
      message:
        `${url}: the list kept changing while it was read (items moved between pages twice); ` +
        'the items yielded may not be the whole set: read again',
      url,
    });
  }
}

/**
 * One pass over the pages: yields the items whose id is not in `seen` (and adds them), and
 * returns whether the data moved during the pass. `own`, when given, is this pass's ids, for
 * a pass that expects to meet the ids of an earlier one.
 */
async function* readPass<T>(
  client: Client,
  def: ResourceDefinition<T>,
  description: RequestDescription,
  filters: Filters | undefined,
  options: AnyListOptions,
  seen: Set<unknown>,
  own: Set<unknown> = seen,
): AsyncGenerator<T, boolean, undefined> {
  const match = def.localFilter;
  const local = match && typeof filters === 'object' ? filters : undefined;
  const { signal } = options;
  // Whole reads use core's page size for them (def.pageSize is for one-page reads).
  const pages = paginate(client, description, {
    pageSize: options.pageSize,
    readAhead: options.readAhead,
    signal,
  });
  let index = 0;
  let changed = false;
  let total: number | null | undefined;
  for await (const page of pages) {
    if (total === undefined) total = page.totalElements;
    else if (page.totalElements !== total) changed = true;
    for (const raw of page.items) {
      // An abort in the middle of a page yields nothing further.
      signal?.throwIfAborted();
      const item = decodeItem(client, def, raw, index++, options.onInvalid);
      const id = item[def.idField];
      if (own !== seen) {
        if (own.has(id)) changed = true;
        own.add(id);
      }
      if (seen.has(id)) {
        if (own === seen) changed = true;
        continue;
      }
      seen.add(id);
      if (!local || match!(item, local)) yield item;
    }
  }
  return changed;
}

import { type Client, type Filters, paginate } from '@imednet/core';
import { decodeItem } from './decodeItem.ts';
import { describeList } from './describeList.ts';
import type { AnyListOptions, ResourceDefinition } from './types.ts';

/**
 * Pages through a resource lazily, decoding each item; the shared body of every `iterateX`
 * and `listX`. Nothing is requested until the first item is pulled, and breaking out of the
 * loop stops the paging (and cancels the pages read ahead).
 */
export async function* iterateResource<T>(
  client: Client,
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  filters: Filters | undefined,
  options: AnyListOptions = {},
): AsyncGenerator<T, void, undefined> {
  const description = describeList(def, studyKey, filters, options);
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
  for await (const page of pages) {
    for (const raw of page.items) {
      // An abort in the middle of a page yields nothing further.
      signal?.throwIfAborted();
      const item = decodeItem(client, def, raw, index++, options.onInvalid);
      if (!local || match!(item, local)) yield item;
    }
  }
}

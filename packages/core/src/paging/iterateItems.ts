import type { CallOptions } from '../request/types.ts';
import type { Page } from './types.ts';

/**
 * Flattens pages into their items, still lazily. With `signal`, an abort in the middle of a
 * page yields nothing further (pass the same signal as to `paginate`).
 *
 * @throws whatever the page source throws; the signal's reason once it aborts.
 * @example
 * for await (const site of iterateItems(paginate(client, { method: 'GET', path: ['studies', 'S1', 'sites'] }))) {}
 */
export async function* iterateItems<T>(
  pages: AsyncIterable<Page<T>>,
  options: CallOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { signal } = options;
  for await (const page of pages) {
    for (const item of page.items) {
      signal?.throwIfAborted();
      yield item;
    }
  }
}

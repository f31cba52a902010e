import type { Page } from './types.ts';

/**
 * Flattens pages into their items, still lazily.
 *
 * @throws whatever the page source throws.
 * @example
 * for await (const site of iterateItems(paginate(client, { method: 'GET', path: ['studies', 'S1', 'sites'] }))) {}
 */
export async function* iterateItems<T>(
  pages: AsyncIterable<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) yield* page.items;
}

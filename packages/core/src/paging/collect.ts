import { checkInteger } from '../internal/checkInteger.ts';

/**
 * Collects an async iterable into an array, stopping (and closing the source) at `limit`.
 *
 * @throws {InvalidInputError} for a negative or non-integer limit; whatever the source throws.
 * @example
 * const first10 = await collect(iterateItems(paginate(client, d)), { limit: 10 })
 */
export async function collect<T>(
  items: AsyncIterable<T>,
  options: { limit?: number } = {},
): Promise<T[]> {
  const { limit } = options;
  if (limit !== undefined) checkInteger(limit, 'limit', 0);
  const out: T[] = [];
  if (limit === 0) return out;
  for await (const item of items) {
    out.push(item);
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}

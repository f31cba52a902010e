/**
 * Yields at most `limit` items, then returns, which stops the source generator: a paged
 * list fetches no page after the one holding the last item wanted.
 *
 * @throws whatever the source throws
 * @example
 * for await (const site of take(iterateSites(client, 'S1'), 5)) console.log(site);
 */
export async function* take<T>(
  source: AsyncIterable<T>,
  limit: number | undefined,
): AsyncGenerator<T> {
  if (limit === undefined) {
    yield* source;
    return;
  }
  if (limit <= 0) return;
  let count = 0;
  for await (const item of source) {
    yield item;
    count += 1;
    if (count >= limit) return;
  }
}

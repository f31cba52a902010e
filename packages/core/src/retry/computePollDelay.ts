/**
 * The delay before poll number `attempt + 1` of a waiter, smithy style: the ceiling doubles
 * from `interval` on each attempt up to `maxInterval`, and the delay is drawn uniformly between
 * `interval` and that ceiling (jitter keeps many waiters from polling in step). Unlike
 * {@link computeBackoff} (retries), a poll never comes sooner than `interval`.
 *
 * @throws never
 * @example
 * computePollDelay(500, 3, 30_000) // somewhere in [500, 2000]
 */
export function computePollDelay(
  interval: number,
  attempt: number,
  maxInterval: number,
  random: () => number = Math.random,
): number {
  // 2 ** large is Infinity, which Math.min turns back into maxInterval.
  const ceiling = Math.min(maxInterval, interval * 2 ** Math.max(0, attempt - 1));
  return interval + random() * (ceiling - interval);
}

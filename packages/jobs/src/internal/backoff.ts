/**
 * The delay before poll number `attempt + 1`, smithy style: the ceiling doubles from `interval`
 * on each attempt up to `maxInterval`, and the delay is drawn uniformly between `interval` and
 * that ceiling (jitter keeps many waiters from polling in step).
 */
export function computeBackoff(
  attempt: number,
  interval: number,
  maxInterval: number,
  random: () => number = Math.random,
): number {
  // 2 ** large is Infinity, which Math.min turns back into maxInterval.
  const ceiling = Math.min(maxInterval, interval * 2 ** Math.max(0, attempt - 1));
  return interval + random() * (ceiling - interval);
}

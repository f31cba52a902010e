import { MAX_TIMER } from '../constants.ts';

/**
 * Full-jitter exponential backoff: a random delay in `[0, retryDelay * 2^(retry-1)]` ms, the
 * Python SDK's formula with `retryDelay` as its `backoff_factor`. Capped so that huge retry
 * counts cannot overflow a timer.
 *
 * @throws never
 * @example
 * computeBackoff(1000, 2) // somewhere in [0, 2000]
 */
export function computeBackoff(
  retryDelay: number,
  retry: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(retryDelay * 2 ** Math.max(0, retry - 1), MAX_TIMER);
  return Math.floor(random() * ceiling);
}

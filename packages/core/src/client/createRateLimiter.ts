import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { sleep } from '../internal/sleep.ts';
import type { RateLimiter, RateLimitOptions } from './types.ts';

/**
 * A token bucket. Each `acquire` reserves a token at once (the balance may go negative) and
 * waits for the debt to refill, so concurrent callers queue fairly without a timer loop.
 *
 * @throws {ConfigurationError} when the rate or burst is not a positive number.
 * @example
 * const limiter = createRateLimiter({ requestsPerSecond: 5, burst: 10 })
 * const a = createClient({ apiKey, securityKey, rateLimit: limiter })
 */
// @__NO_SIDE_EFFECTS__
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { requestsPerSecond: rate, burst = Math.max(1, rate) } = options;
  if (!(rate > 0 && burst >= 1 && Number.isFinite(rate + burst))) {
    throw new ConfigurationError(
      'createRateLimiter needs a finite requestsPerSecond > 0 and burst >= 1',
    );
  }
  let tokens = burst;
  let last = Date.now();
  return Object.freeze({
    requestsPerSecond: rate,
    burst,
    async acquire(signal?: AbortSignal) {
      const now = Date.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * rate) - 1;
      last = now;
      if (tokens >= 0) return;
      try {
        await sleep(Math.ceil((-tokens / rate) * 1000), signal);
      } catch (error) {
        tokens += 1; // an aborted wait gives its reservation back
        throw error;
      }
    },
  });
}

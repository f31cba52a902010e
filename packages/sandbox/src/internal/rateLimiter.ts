/** A token bucket: `rate` requests per second with one second of burst. */
export interface RateLimiter {
  /** Takes a token; returns 0 when allowed, or the seconds to wait before retrying. */
  take(now: number): number;
}

/** Creates a token bucket holding at most `rate` tokens, refilled at `rate` per second. */
export function createRateLimiter(rate: number): RateLimiter {
  let tokens = rate;
  let last = Number.NaN;
  return {
    take(now) {
      if (!Number.isNaN(last)) tokens = Math.min(rate, tokens + ((now - last) / 1000) * rate);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - tokens) / rate));
    },
  };
}

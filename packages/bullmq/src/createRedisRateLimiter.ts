import { InvalidInputError, type RateLimiter, sleep } from '@imednet/core';
import type { Redis } from 'ioredis';

// A token bucket kept in one Redis hash, updated atomically by a script with Redis' own clock,
// so every worker on every machine draws from the same budget. As core's limiter does, a call
// reserves its token at once (the balance may go negative) and waits out the debt.
const TAKE = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'last')
local tokens = tonumber(state[1]) or burst
local last = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - last) * rate / 1000) - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'last', tostring(now))
redis.call('PEXPIRE', KEYS[1], 3600000)
if tokens >= 0 then return 0 end
return math.ceil(-tokens * 1000 / rate)
`;

/** Options of {@link createRedisRateLimiter}. */
export interface RedisRateLimiterOptions {
  /** An open ioredis client (not closed by the limiter). */
  redis: Redis;
  /** The hash that holds the bucket; every limiter with this key shares one budget. */
  key: string;
  requestsPerSecond: number;
  /** Requests allowed at once after a quiet spell; default `max(1, requestsPerSecond)`. */
  burst?: number;
}

/**
 * A rate limiter for core's clients (`createClient({ rateLimit })`) whose budget lives in
 * Redis: any number of processes sharing `key` never exceed `requestsPerSecond` between them.
 *
 * @throws {InvalidInputError} for a rate or burst that is not a positive number
 * @example
 * const rateLimit = createRedisRateLimiter({ redis, key: 'imednet:api-rate', requestsPerSecond: 10 })
 * const client = createClient({ apiKey, securityKey, rateLimit })
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const { redis, key, requestsPerSecond: rate, burst = Math.max(1, rate) } = options;
  if (!(rate > 0 && burst >= 1 && Number.isFinite(rate + burst))) {
    throw new InvalidInputError({
      details: [{ field: 'requestsPerSecond', message: 'needs a finite rate > 0 and burst >= 1' }],
    });
  }
  return Object.freeze({
    requestsPerSecond: rate,
    burst,
    async acquire(signal?: AbortSignal) {
      signal?.throwIfAborted();
      const wait = Number(await redis.eval(TAKE, 1, key, rate, burst));
      if (wait <= 0) return;
      try {
        await sleep(wait, signal);
      } catch (error) {
        // An aborted wait gives its reservation back.
        await redis.hincrbyfloat(key, 'tokens', 1).catch(() => {});
        throw error;
      }
    },
  });
}

import type { Client, FetchLike, RateLimiter } from '../client/types.ts';
import { withOptions } from '../client/withOptions.ts';
import { abortReason, sleep } from '../internal/sleep.ts';
import { parseRetryAfter } from '../retry/parseRetryAfter.ts';

/**
 * The client that the pages in flight of one `paginate` call share. A 429 or 503 with
 * `Retry-After` on one page holds back the next attempt of every page (the server asked this
 * caller to wait, not that one request), on top of the client's own rate limiter. Once `stop`
 * aborts, nothing more reaches the wire, not even an attempt already past its own abort check.
 * Built on the client's options, so it works whatever executes the requests.
 */
export function shareWaits(client: Client, stop: AbortSignal): Client {
  let until = 0;
  const { rateLimiter, maxRetryAfter } = client;
  const fetch: FetchLike = async (input, init) => {
    if (stop.aborted) throw abortReason(stop);
    // Resolved at call time, as request does: interceptors like nock replace the global.
    const response = await (client.fetch ?? globalThis.fetch)(input, init);
    if (response.status === 429 || response.status === 503) {
      const wait = parseRetryAfter(response.headers.get('retry-after'));
      // A longer wait fails that page at once (maxRetryAfter): the others need not sit it out.
      if (wait !== null && wait <= maxRetryAfter) until = Math.max(until, Date.now() + wait);
    }
    return response;
  };
  const gate: RateLimiter = {
    requestsPerSecond: rateLimiter?.requestsPerSecond ?? Number.POSITIVE_INFINITY,
    burst: rateLimiter?.burst ?? Number.POSITIVE_INFINITY,
    async acquire(signal) {
      await sleep(until - Date.now(), signal);
      await rateLimiter?.acquire(signal);
    },
  };
  return withOptions(client, { fetch, rateLimit: gate });
}

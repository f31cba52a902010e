import type { Client } from '../client/types.ts';
import { NetworkError } from '../errors/NetworkError.ts';
import { TimeoutError } from '../errors/TimeoutError.ts';
import { abortReason } from '../internal/sleep.ts';
import { onAbort } from '../signals/onAbort.ts';

/** The answer of one attempt, body already read. */
export interface AttemptResult {
  response: Response;
  text: string;
}

/**
 * Sends one attempt with a plain `fetch` and reads its body, both under one per-attempt
 * timeout.
 *
 * Why no HTTP library (ky was used before): `request` already owns everything such a library
 * adds (retry policy, `Retry-After` cap, abortable backoff, per-attempt timeout, hooks, error
 * mapping), so the library's only remaining work was joining a URL and serialising a JSON
 * body: a few lines here. It cost about 5 KB gzip of the 9 KB budget of a typical bundle and
 * built extra `Request` objects on every call, which made each request several times slower
 * than a bare `fetch`.
 */
export async function sendAttempt(
  client: Pick<Client, 'timeout' | 'fetch'>,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined },
  user: AbortSignal | undefined,
): Promise<AttemptResult> {
  const { method } = init;
  const { timeout } = client;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const off = user && onAbort(user, () => controller.abort(abortReason(user)));
  try {
    // Resolved at call time: a fetch captured at import would bypass interceptors like nock.
    const response = await (client.fetch ?? globalThis.fetch)(url, {
      ...init,
      signal: controller.signal,
    });
    return { response, text: await response.text() };
  } catch (error) {
    if (user?.aborted) throw abortReason(user);
    if (timedOut) throw new TimeoutError({ method, url, timeout }, { cause: error });
    throw new NetworkError(
      { method, url, message: `${method} ${url} failed: ${describeCause(error)}` },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    off?.();
  }
}

/** The most specific reason in a cause chain ('ECONNREFUSED', 'socket hang up', ...). */
function describeCause(error: unknown): string {
  let text = 'network error';
  for (let depth = 0; depth < 4 && error instanceof Error; depth += 1) {
    const { code } = error as { code?: unknown };
    text = error.message + (typeof code === 'string' ? ` (${code})` : '');
    error = error.cause;
  }
  return text;
}

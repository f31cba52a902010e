import ky from 'ky';
import type { FetchLike } from '../client/types.ts';
import { NetworkError } from '../errors/NetworkError.ts';
import { TimeoutError } from '../errors/TimeoutError.ts';
import { abortReason } from '../internal/sleep.ts';

/** What one attempt needs. */
export interface AttemptInit {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeout: number;
  fetch: FetchLike | undefined;
  signal: AbortSignal | undefined;
}

/** The answer of one attempt, body already read. */
export interface AttemptResult {
  response: Response;
  text: string;
}

/**
 * Sends one attempt through ky and reads its body, both under one per-attempt timeout.
 * ky's own retry and timeout are off: retry lives in `request` (our policy, Retry-After cap,
 * abortable backoff), and ky's timeout covers only the headers, not reading the body.
 */
export async function sendAttempt(init: AttemptInit): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(
      new TimeoutError({ method: init.method, url: init.url, timeout: init.timeout }),
    );
  }, init.timeout);
  const user = init.signal;
  const onUserAbort = () => controller.abort(abortReason(user!));
  user?.addEventListener('abort', onUserAbort, { once: true });
  try {
    const response = await ky(init.url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: controller.signal,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      // Resolved at call time: a fetch captured at import would bypass interceptors like nock.
      fetch: init.fetch ?? ((input, options) => globalThis.fetch(input, options)),
    });
    const text = await response.text();
    return { response, text };
  } catch (error) {
    if (user?.aborted) throw abortReason(user);
    if (timedOut) {
      throw new TimeoutError(
        { method: init.method, url: init.url, timeout: init.timeout },
        { cause: error },
      );
    }
    throw new NetworkError(
      {
        method: init.method,
        url: init.url,
        message: `${init.method} ${init.url} failed: ${describeCause(error)}`,
      },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    user?.removeEventListener('abort', onUserAbort);
  }
}

/** The most specific reason in a cause chain ('ECONNREFUSED', 'socket hang up', ...). */
function describeCause(error: unknown): string {
  let current = error;
  let text = 'network error';
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    text = typeof code === 'string' ? `${current.message} (${code})` : current.message;
    current = current.cause;
  }
  return text;
}

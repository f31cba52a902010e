import { maskAll } from '../client/redactSecrets.ts';
import type { Client, SpanLike } from '../client/types.ts';
import { CONTENT_TYPE_JSON } from '../constants.ts';
import { AmbiguousWriteError } from '../errors/AmbiguousWriteError.ts';
import {
  isImednetError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
} from '../errors/guards.ts';
import { ResponseValidationError } from '../errors/ResponseValidationError.ts';
import { checkHeaderList } from '../internal/headers.ts';
import { refuse } from '../internal/refuse.ts';
import { abortReason, sleep } from '../internal/sleep.ts';
import { computeBackoff } from '../retry/computeBackoff.ts';
import { parseRetryAfter } from '../retry/parseRetryAfter.ts';
import { buildRequestUrl } from './buildRequestUrl.ts';
import { callHook } from './callHook.ts';
import { createApiError } from './createApiError.ts';
import { type AttemptResult, sendAttempt } from './sendAttempt.ts';
import type { CallOptions, RequestDescription } from './types.ts';

/**
 * Executes a description: auth headers, rate limit, per-attempt timeout, retry policy with
 * backoff and `Retry-After`, hooks and one trace span. Resolves with the parsed JSON body
 * (`undefined` for an empty body).
 *
 * @throws {ApiError} (a subclass per status) for a non-2xx answer after retries.
 * @throws {NetworkError | TimeoutError} when no answer arrived after retries.
 * @throws {AmbiguousWriteError} when a POST was sent but its answer was lost (connection reset,
 *   body cut off, timeout): it may have been applied, so it is never retried.
 * @throws {InvalidInputError} for a bad path segment or header, before sending.
 * @throws {ResponseValidationError} when a 2xx body is not JSON.
 * @throws the signal's reason when `options.signal` aborts (also during a backoff wait).
 * @example
 * const body = await request(client, { method: 'GET', path: ['studies'], query: { size: 10 } })
 */
export async function request<T = unknown>(
  client: Client,
  description: RequestDescription,
  options: CallOptions = {},
): Promise<T> {
  const { signal } = options;
  const { hooks } = client;
  const method = checkMethod(description.method);
  const url = buildRequestUrl(client, description);
  const extraHeaders = checkRequestHeaders(description.headers);
  const body = description.body === undefined ? undefined : JSON.stringify(description.body);
  // OpenTelemetry span kind CLIENT = 2. The URL holds no secret: keys travel in headers.
  const span = client.tracer?.startSpan(`imednet ${method}`, {
    kind: 2,
    attributes: { 'http.request.method': method, 'url.full': url },
  });
  let attempt = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      attempt += 1;
      await client.rateLimiter?.acquire(signal);
      const authHeaders = await client.auth({ method, url, signal });
      const headers: Record<string, string> = { accept: CONTENT_TYPE_JSON };
      if (body !== undefined) headers['content-type'] = CONTENT_TYPE_JSON;
      if (client.userAgent !== undefined) headers['user-agent'] = client.userAgent;
      Object.assign(headers, client.headers, extraHeaders, checkRequestHeaders(authHeaders, 1));
      // Masking list for text that may be printed; built only when an answer is not a success.
      // The auth headers hold the client's keys too (keyAuth), so they are all there is to mask.
      const secrets = () => secretsIn(authHeaders);
      const state = { method, url, attempt };
      callHook(hooks.onRequest, state);
      const started = Date.now();
      let result: AttemptResult | undefined;
      let error: unknown;
      try {
        result = await sendAttempt(client, url, { method, headers, body }, signal);
      } catch (e) {
        if (signal?.aborted) throw e;
        if (maybeApplied(method, e)) {
          error = new AmbiguousWriteError({ method, url }, { cause: e });
          callHook(hooks.onError, { ...state, error });
          throw error;
        }
        error = e;
      }
      if (result) {
        const { response, text } = result;
        const { status } = response;
        callHook(hooks.onResponse, { ...state, status, durationMs: Date.now() - started });
        span?.setAttribute('http.response.status_code', status);
        if (response.ok) {
          const parsed = parseJson(text, url, secrets) as T;
          endSpan(span);
          return parsed;
        }
        // Error bodies are printed and logged, so a server echoing a credential is masked there.
        // Success bodies are data and returned untouched.
        error = createApiError(response, { method, url, text: maskAll(text, secrets()) });
      }
      const delayMs = retryDelayFor(client, method, attempt, error, result?.response);
      if (delayMs === null) {
        callHook(hooks.onError, { ...state, error });
        throw error;
      }
      callHook(hooks.onRetry, { ...state, delayMs, error });
      await sleep(delayMs, signal);
    }
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

/**
 * Ends a span with OpenTelemetry status OK (1), or ERROR (2) and `error.type` (the error's
 * code). Only method, URL, status and error code are ever recorded: no header, no body.
 */
function endSpan(span: SpanLike | undefined, ...error: unknown[]): void {
  if (!span) return;
  if (error.length) {
    const [e] = error;
    span.setAttribute('error.type', isImednetError(e) ? e.code : (e as Error)?.name || 'Error');
  }
  span.setStatus({ code: error.length ? 2 : 1 });
  span.end();
}

// Failures that happen before a request can have left the machine: nothing was sent.
const NOT_SENT = /* @__PURE__ */ new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * A POST that failed in transport may have reached the server and been applied (a reset after
 * the server accepted it, a body cut off, a timeout while it worked), unless the cause says
 * the connection was never made.
 */
function maybeApplied(method: string, error: unknown): boolean {
  if (method !== 'POST') return false;
  if (isTimeoutError(error)) return true;
  if (!isNetworkError(error)) return false;
  for (let cause = error.cause, depth = 0; cause && depth < 4; depth += 1) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string' && NOT_SENT.has(code)) return false;
    cause = (cause as { cause?: unknown }).cause;
  }
  return true;
}

/** Null: give up now. Otherwise the wait before the next attempt. */
function retryDelayFor(
  client: Client,
  method: string,
  attempt: number,
  error: unknown,
  response: Response | undefined,
): number | null {
  if (
    attempt > client.retries ||
    !client.retryPolicy.shouldRetry({ attemptNumber: attempt, error, response, method })
  ) {
    return null;
  }
  const retryAfter = isRateLimitError(error)
    ? error.retryAfter
    : parseRetryAfter(response?.headers.get('retry-after'));
  // Waiting minutes inside a call is worse than failing with the wait the server asked for.
  if (retryAfter !== null) return retryAfter > client.maxRetryAfter ? null : retryAfter;
  return computeBackoff(client.retryDelay, attempt);
}

function parseJson(text: string, url: string, secrets: () => string[]): unknown {
  if (!/\S/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError(
      'response',
      null,
      '',
      maskAll(text, secrets()).slice(0, 200),
      { message: `body of ${url} is not JSON`, cause },
    );
  }
}

function checkMethod(method: unknown): 'GET' | 'POST' {
  if (method === 'GET' || method === 'POST') return method;
  refuse('method', 'must be GET or POST');
}

/** Request (or, with `fromAuth`, auth strategy) headers, names lower-cased; bad ones refused. */
function checkRequestHeaders(
  headers: Readonly<Record<string, string>> = {},
  fromAuth?: 1,
): Record<string, string> {
  return checkHeaderList(headers, (message) => refuse(fromAuth ? 'auth' : 'headers', message));
}

/** Header values and their long words: a server may echo the token of 'Bearer <token>' alone. */
function secretsIn(headers: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const value of Object.values(headers)) {
    out.push(value, ...value.split(/\s+/).filter((word) => word.length >= 8));
  }
  return out;
}

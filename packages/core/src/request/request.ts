import { maskAll } from '../client/redactSecrets.ts';
import type { Client, SpanLike } from '../client/types.ts';
import { clientOptions } from '../client/withOptions.ts';
import { CONTENT_TYPE_JSON } from '../constants.ts';
import { isImednetError, isRateLimitError } from '../errors/guards.ts';
import { InvalidInputError } from '../errors/InvalidInputError.ts';
import { ResponseValidationError } from '../errors/ResponseValidationError.ts';
import { abortReason, sleep } from '../internal/sleep.ts';
import { computeBackoff } from '../retry/computeBackoff.ts';
import { parseRetryAfter } from '../retry/parseRetryAfter.ts';
import { buildRequestUrl } from './buildRequestUrl.ts';
import { callHook } from './callHook.ts';
import { createApiError } from './createApiError.ts';
import { type AttemptResult, sendAttempt } from './sendAttempt.ts';
import type { CallOptions, RequestDescription } from './types.ts';

const SPAN_KIND_CLIENT = 2;
const SPAN_STATUS_OK = 1;
const SPAN_STATUS_ERROR = 2;

/**
 * Executes a description: auth headers, rate limit, per-attempt timeout, retry policy with
 * backoff and `Retry-After`, hooks and one trace span. Resolves with the parsed JSON body
 * (`undefined` for an empty body).
 *
 * @throws {ApiError} (a subclass per status) for a non-2xx answer after retries.
 * @throws {NetworkError | TimeoutError} when no answer arrived after retries.
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
  const method = checkMethod(description.method);
  const url = buildRequestUrl(client, description);
  const extraHeaders = checkRequestHeaders(description.headers ?? {});
  const body = description.body === undefined ? undefined : JSON.stringify(description.body);
  const span = startSpan(client, method, url);
  let attempt = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      attempt += 1;
      if (client.rateLimiter) await client.rateLimiter.acquire(signal);
      const authHeaders = await client.auth({ method, url, signal });
      const secrets = [...secretsIn(authHeaders), ...keysOf(client)];
      const headers = {
        accept: CONTENT_TYPE_JSON,
        ...(body === undefined ? {} : { 'content-type': CONTENT_TYPE_JSON }),
        ...(client.userAgent === undefined ? {} : { 'user-agent': client.userAgent }),
        ...client.headers,
        ...extraHeaders,
        ...checkRequestHeaders(authHeaders, 'auth'),
      };
      callHook(client.hooks.onRequest, { method, url, attempt });
      const started = Date.now();
      let result: AttemptResult | undefined;
      let error: unknown;
      try {
        result = await sendAttempt({
          method,
          url,
          headers,
          body,
          timeout: client.timeout,
          fetch: client.fetch,
          signal,
        });
      } catch (e) {
        if (signal?.aborted) throw e;
        error = e;
      }
      if (result) {
        const { response, text } = result;
        callHook(client.hooks.onResponse, {
          method,
          url,
          attempt,
          status: response.status,
          durationMs: Date.now() - started,
        });
        span?.setAttribute('http.response.status_code', response.status);
        if (response.ok) {
          span?.setAttribute('imednet.attempts', attempt);
          span?.setStatus({ code: SPAN_STATUS_OK });
          return parseJson(text, url, secrets) as T;
        }
        // Error bodies are printed and logged, so a server echoing a credential is masked there.
        // Success bodies are data and returned untouched.
        error = createApiError(response, { method, url, text: maskAll(text, secrets) });
      }
      const delay = retryDelayFor(client, method, attempt, error, result?.response);
      if (delay === null) {
        callHook(client.hooks.onError, { method, url, attempt, error });
        throw error;
      }
      callHook(client.hooks.onRetry, { method, url, attempt, delayMs: delay, error });
      await sleep(delay, signal);
    }
  } catch (error) {
    span?.setAttribute('imednet.attempts', attempt);
    span?.setAttribute('error.type', isImednetError(error) ? error.code : errorName(error));
    span?.recordException?.({ name: errorName(error), message: messageOf(error) });
    span?.setStatus({ code: SPAN_STATUS_ERROR, message: messageOf(error) });
    throw error;
  } finally {
    span?.end();
  }
}

/** Null: give up now. Otherwise the wait before the next attempt. */
function retryDelayFor(
  client: Client,
  method: string,
  attempt: number,
  error: unknown,
  response: Response | undefined,
): number | null {
  if (attempt > client.retries) return null;
  if (!client.retryPolicy.shouldRetry({ attemptNumber: attempt, error, response, method })) {
    return null;
  }
  const retryAfter = isRateLimitError(error)
    ? error.retryAfter
    : parseRetryAfter(response?.headers.get('retry-after'));
  if (retryAfter !== null) {
    // Waiting minutes inside a call is worse than failing with the wait the server asked for.
    if (retryAfter > client.maxRetryAfter) return null;
    return retryAfter;
  }
  return computeBackoff(client.retryDelay, attempt);
}

function parseJson(text: string, url: string, secrets: readonly string[]): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError('response', null, '', maskAll(text, secrets).slice(0, 200), {
      message: `body of ${url} is not JSON`,
      cause,
    });
  }
}

function checkMethod(method: unknown): 'GET' | 'POST' {
  if (method === 'GET' || method === 'POST') return method;
  throw new InvalidInputError([{ field: 'method', message: 'method must be GET or POST' }]);
}

function checkRequestHeaders(
  headers: Readonly<Record<string, string>>,
  source = 'headers',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidInputError([
        { field: source, message: `invalid header name ${JSON.stringify(name)}` },
      ]);
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      // Never echo the value: it may be a credential.
      throw new InvalidInputError([
        { field: source, message: `header ${name} must be a string without CR or LF` },
      ]);
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** Header values and their long words: a server may echo the token of 'Bearer <token>' alone. */
function secretsIn(headers: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const value of Object.values(headers)) {
    out.push(value, ...value.split(/\s+/).filter((word) => word.length >= 8));
  }
  return out;
}

function keysOf(client: Client): string[] {
  const o = clientOptions(client);
  return [o.apiKey, o.securityKey].filter((k): k is string => typeof k === 'string');
}

function startSpan(client: Client, method: string, url: string): SpanLike | undefined {
  if (!client.tracer) return undefined;
  const parsed = new URL(url);
  return client.tracer.startSpan(`imednet ${method}`, {
    kind: SPAN_KIND_CLIENT,
    attributes: {
      'http.request.method': method,
      'url.full': url,
      'server.address': parsed.hostname,
      'url.path': parsed.pathname,
    },
  });
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

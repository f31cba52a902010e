import { isTimeoutError as isKyTimeoutError, type KyInstance } from 'ky';
import { maskAll, secretsOf } from '../client/redactSecrets.ts';
import type { Client, SpanLike } from '../client/types.ts';
import { AmbiguousWriteError } from '../errors/AmbiguousWriteError.ts';
import { isRateLimitError } from '../errors/ApiError.ts';
import { isImednetError } from '../errors/ImednetError.ts';
import { isNetworkError, NetworkError } from '../errors/NetworkError.ts';
import { ResponseValidationError } from '../errors/ResponseValidationError.ts';
import { isTimeoutError, TimeoutError } from '../errors/TimeoutError.ts';
import { checkHeaderList } from '../internal/headers.ts';
import { refuse } from '../internal/refuse.ts';
import { abortReason } from '../internal/sleep.ts';
import { TRANSPORT } from '../internal/symbols.ts';
import { parseJsonText } from '../json/parseJsonText.ts';
import { computeBackoff } from '../retry/computeBackoff.ts';
import { parseRetryAfter } from '../retry/parseRetryAfter.ts';
import { buildRequestUrl, encodeRequest } from './buildRequestUrl.ts';
import { callHook } from './callHook.ts';
import { type Call, createTransport } from './createTransport.ts';
import type { CallOptions, RequestDescription } from './types.ts';

/**
 * Executes a description through the client's ky instance: auth headers, rate limit,
 * per-attempt timeout, retry policy with backoff and `Retry-After`, hooks and one trace span.
 * Resolves with the parsed JSON body (`undefined` for an empty body); a number a `number`
 * cannot hold exactly comes as an `ExactNumber`.
 *
 * @throws {ApiError} (a subclass per status; `RedirectError` for a 3xx) for a non-2xx answer
 *   after retries.
 * @throws {NetworkError | TimeoutError} when no answer arrived after retries.
 * @throws {AmbiguousWriteError} when a POST was sent but its answer was lost (connection reset,
 *   body cut off, timeout): it may have been applied, so it is never retried.
 * @throws {InvalidInputError} for a bad path segment or header, before sending.
 * @throws {ConfigurationError} when the auth strategy returns no headers object.
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
  const { path, query } = encodeRequest(description);
  const url = buildRequestUrl(client, description);
  const headers = checkHeaderList(description.headers ?? {}, (m) => refuse('headers', m));
  if (signal?.aborted) throw abortReason(signal);
  // OpenTelemetry span kind CLIENT = 2. The URL holds no secret: keys travel in headers.
  const span = traced(() =>
    client.tracer?.startSpan(`imednet ${method}`, {
      kind: 2,
      attributes: { 'http.request.method': method, 'url.full': url },
    }),
  );
  const call: Call = { client, method, url, signal, span, attempt: 0, authNames: [], delay: 0 };
  if (description.body !== undefined) call.body = JSON.stringify(description.body);
  const transport =
    (client as unknown as Record<symbol, KyInstance | undefined>)[TRANSPORT] ??
    createTransport(client);
  try {
    await transport(path, {
      method,
      searchParams: query || undefined,
      // ky sets the content type; the attempt sends the same text (call.body).
      json: description.body,
      headers,
      signal,
      context: { call },
      fetch: (input, init) => attempt(call, input as Request, init),
      retry: { shouldRetry: ({ error }) => shouldRetry(call, error), delay: () => call.delay },
    });
  } catch (caught) {
    let error = caught;
    if (signal?.aborted) error = abortReason(signal);
    else if (caught !== call.fatal) {
      error = ownError(call, caught);
      callHook(client.hooks.onError, { method, url, attempt: call.attempt, error });
    }
    endSpan(span, error);
    throw error;
  }
  try {
    const parsed = parseJson(call) as T;
    endSpan(span);
    return parsed;
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

/**
 * One attempt, as ky's `fetch`: the answer and its whole body, read before resolving so that
 * ky's per-attempt timeout covers the body too. The fetch is looked up at call time: one
 * captured at import would bypass interceptors such as nock.
 */
async function attempt(call: Call, input: Request, init?: RequestInit): Promise<Response> {
  const { client, method, url, signal } = call;
  const started = Date.now();
  call.response = undefined;
  let response: Response;
  try {
    // The URL and a plain init, as fetch is most often called: injected fetches (in-memory
    // handlers, test doubles) may expect that shape rather than a Request.
    response = await (client.fetch ?? globalThis.fetch)(input.url, {
      ...init,
      method: input.method,
      headers: input.headers,
      body: call.body,
      signal: input.signal,
      redirect: input.redirect,
    });
    call.text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    throw new NetworkError(
      { method, url, message: `${method} ${url} failed: ${describeCause(error)}` },
      { cause: error },
    );
  }
  call.response = response;
  const { status } = response;
  callHook(client.hooks.onResponse, {
    ...{ method, url, attempt: call.attempt, status },
    durationMs: Date.now() - started,
  });
  traced(() => call.span?.setAttribute('http.response.status_code', status));
  return response;
}

/**
 * ky's `shouldRetry`: the client's retry policy decides, on our error classes; the wait is
 * `Retry-After` when the answer has one (above `maxRetryAfter`: give up at once), else
 * full-jitter backoff. Decided here, before ky waits, so `onRetry` can report the wait.
 */
function shouldRetry(call: Call, caught: unknown): boolean {
  const { client, method, url, signal, attempt, response } = call;
  if (signal?.aborted || caught === call.fatal) return false;
  const error = ownError(call, caught);
  if (isImednetError(error, 'AMBIGUOUS_WRITE')) return false;
  if (!client.retryPolicy.shouldRetry({ attemptNumber: attempt, error, response, method })) {
    return false;
  }
  const retryAfter = isRateLimitError(error)
    ? error.retryAfter
    : parseRetryAfter(response?.headers.get('retry-after'));
  // Waiting minutes inside a call is worse than failing with the wait the server asked for.
  if (retryAfter !== null && retryAfter > client.maxRetryAfter) return false;
  call.delay = retryAfter ?? computeBackoff(client.retryDelay, attempt);
  callHook(client.hooks.onRetry, { method, url, attempt, delayMs: call.delay, error });
  return true;
}

/**
 * The error of an attempt as ours (the same object each time it is asked for one error): ky's
 * timeout error becomes a TimeoutError (not kept as `cause`: it holds the `Request`, whose
 * headers are the keys), and a POST that may have been applied an AmbiguousWriteError.
 */
function ownError(call: Call, error: unknown): unknown {
  const { own: seen } = call;
  if (seen && seen[0] === error) return seen[1];
  const { method, url, client } = call;
  let own = isKyTimeoutError(error)
    ? new TimeoutError({ method, url, timeout: client.timeout })
    : error;
  if (maybeApplied(method, own)) own = new AmbiguousWriteError({ method, url }, { cause: own });
  call.own = [error, own];
  return own;
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

/** Runs a tracer call; a tracer that throws is ignored, as a hook that throws is. */
function traced<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
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
    traced(() =>
      span.setAttribute('error.type', isImednetError(e) ? e.code : (e as Error)?.name || 'Error'),
    );
  }
  traced(() => span.setStatus({ code: error.length ? 2 : 1 }));
  traced(() => span.end());
}

function parseJson(call: Call): unknown {
  const { text = '', url } = call;
  if (!/\S/.test(text)) return undefined;
  try {
    return parseJsonText(text);
  } catch (cause) {
    // The parser's message quotes the start of the body, where a cut key could not be found
    // by masking: the cause keeps only the position.
    const at = /position \d+/.exec(String((cause as Error)?.message))?.[0];
    const value = maskAll(text, secretsOf(call.client)).slice(0, 200);
    throw new ResponseValidationError(
      { resource: 'response', path: '', value, message: `body of ${url} is not JSON` },
      { cause: new SyntaxError(`not valid JSON${at ? ` (at ${at})` : ''}`) },
    );
  }
}

function checkMethod(method: unknown): 'GET' | 'POST' {
  if (method === 'GET' || method === 'POST') return method;
  refuse('method', 'must be GET or POST');
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

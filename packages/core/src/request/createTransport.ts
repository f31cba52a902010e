import ky, { type HTTPError, type KyInstance } from 'ky';
import { rememberSecrets, secretsOf } from '../client/redactSecrets.ts';
import type { Client, SpanLike } from '../client/types.ts';
import { CONTENT_TYPE_JSON } from '../constants.ts';
import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { checkHeaderList } from '../internal/headers.ts';
import { refuse } from '../internal/refuse.ts';
import { abortReason } from '../internal/sleep.ts';
import { callHook } from './callHook.ts';
import { createApiError } from './createApiError.ts';

/** What one logical request (all its attempts) shares with the transport's hooks. */
export interface Call {
  readonly client: Client;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly signal: AbortSignal | undefined;
  readonly span: SpanLike | undefined;
  /** 1-based number of the attempt under way. */
  attempt: number;
  /** Names of the auth headers set by the previous attempt (a strategy may change them). */
  authNames: string[];
  /** The JSON request body, sent by every attempt. */
  body?: string;
  /** The body of the last answer, read inside the attempt's timeout. */
  text?: string;
  response?: Response | undefined;
  /** The last error seen, and ours for it. */
  own?: [unknown, unknown];
  /** An error that must not be retried (an auth strategy or the rate limiter failed). */
  fatal?: unknown;
  /** The wait before the next attempt, decided by `shouldRetry`. */
  delay: number;
}

/**
 * The client's ky instance: base URL, headers, per-attempt timeout, no redirects, the retry
 * limit, and the hooks that sign each attempt and map HTTP errors. Per-call parts (the retry
 * decision, the attempt itself) are given by `request` with each call.
 */
export function createTransport(client: Client): KyInstance {
  const headers: Record<string, string> = { accept: CONTENT_TYPE_JSON };
  if (client.userAgent !== undefined) headers['user-agent'] = client.userAgent;
  return ky.create({
    prefixUrl: client.baseUrl,
    headers: { ...headers, ...client.headers },
    // Per attempt (ky restarts it for each one; a test pins this), and it covers reading the
    // body because `request`'s fetch reads the body before it resolves.
    timeout: client.timeout,
    // A redirect is answered with a RedirectError: following it could re-send a POST, or carry
    // the key headers to another origin (fetch strips only `authorization` and cookies).
    redirect: 'manual',
    retry: { limit: client.retries, methods: ['get', 'post'] },
    hooks: {
      beforeRequest: [(request, options) => signAttempt(callOf(options), request)],
      beforeError: [
        (error: HTTPError) => {
          const { client, method, url, text = '' } = callOf(error.options);
          const secrets = secretsOf(client);
          return createApiError(error.response, { method, url, text, secrets }) as never;
        },
      ],
    },
  });
}

function callOf(options: { context: Record<string, unknown> }): Call {
  return options.context.call as Call;
}

/** Before each attempt: the rate limiter, then fresh auth headers, then `onRequest`. */
async function signAttempt(call: Call, request: Request): Promise<void> {
  const { client, method, url, signal } = call;
  if (signal?.aborted) throw abortReason(signal);
  call.attempt += 1;
  let auth: Record<string, string>;
  try {
    await client.rateLimiter?.acquire(signal);
    auth = checkAuthHeaders(await client.auth({ method, url, signal }));
  } catch (error) {
    call.fatal = error;
    throw error;
  }
  rememberSecrets(client, auth);
  for (const name of call.authNames) request.headers.delete(name);
  for (const name in auth) request.headers.set(name, auth[name]!);
  call.authNames = Object.keys(auth);
  callHook(client.hooks.onRequest, { method, url, attempt: call.attempt });
}

function checkAuthHeaders(headers: unknown): Record<string, string> {
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new ConfigurationError(
      'The auth strategy must return an object of headers (for example { authorization: "Bearer …" })',
    );
  }
  return checkHeaderList(headers as Record<string, unknown>, (message) => refuse('auth', message));
}

import { keyAuth } from '../auth/keyAuth.ts';
import {
  DEFAULT_API_PATH,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRY_AFTER,
  DEFAULT_READ_AHEAD,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY,
  DEFAULT_TIMEOUT,
  ENV_API_KEY,
  ENV_BASE_URL,
  ENV_SECURITY_KEY,
} from '../constants.ts';
import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { readEnv, trimmed } from '../internal/env.ts';
import { checkHeaderList } from '../internal/headers.ts';
import { MAX_TIMER } from '../internal/sleep.ts';
import { CLIENT_OPTIONS, INSPECT, MASK, SENT_SECRETS, TRANSPORT } from '../internal/symbols.ts';
import { createTransport } from '../request/createTransport.ts';
import { defaultRetryPolicy } from '../retry/defaultRetryPolicy.ts';
import { resolveBaseUrl } from './resolveBaseUrl.ts';
import type { Client, ClientOptions } from './types.ts';

/**
 * Creates a frozen client value. Keys come from the options, else from `IMEDNET_API_KEY` and
 * `IMEDNET_SECURITY_KEY` where the runtime has an environment.
 *
 * @throws {ConfigurationError} when keys are missing, the base URL is unusable, or an option is
 * out of range. The message names what is wrong, never a secret.
 * @example
 * const client = createClient({ apiKey: 'my-key', securityKey: 'my-security-key' })
 * const studies = await request(client, { method: 'GET', path: ['studies'] })
 */
// @__NO_SIDE_EFFECTS__
export function createClient(options: ClientOptions = {}): Client {
  const env = options.env ?? readEnv();
  const resolved: ClientOptions = { ...options };
  let auth = options.auth;
  if (auth !== undefined) {
    checkFunction(auth, 'auth');
    if (options.apiKey !== undefined || options.securityKey !== undefined) {
      throw new ConfigurationError('Pass either apiKey/securityKey or auth, not both');
    }
  } else {
    const apiKey = options.apiKey ?? trimmed(env[ENV_API_KEY]);
    const securityKey = options.securityKey ?? trimmed(env[ENV_SECURITY_KEY]);
    const missing = [
      apiKey === undefined && `apiKey (or ${ENV_API_KEY})`,
      securityKey === undefined && `securityKey (or ${ENV_SECURITY_KEY})`,
    ].filter(Boolean);
    if (missing.length > 0) throw new ConfigurationError(`Missing ${missing.join(' and ')}`);
    // keyAuth checks both keys (named, never echoed); the client keeps them trimmed.
    auth = keyAuth({ apiKey: apiKey!, securityKey: securityKey! });
    resolved.apiKey = apiKey!.trim();
    resolved.securityKey = securityKey!.trim();
  }
  resolved.baseUrl = trimmed(options.baseUrl) ?? trimmed(env[ENV_BASE_URL]) ?? DEFAULT_BASE_URL;
  delete resolved.env; // keys and base URL are resolved now; keep no reference to the environment

  // What both the client and its printable summary hold.
  const settings = {
    baseUrl: resolveBaseUrl(
      resolved.baseUrl,
      options.apiPath ?? DEFAULT_API_PATH,
      options.allowInsecure === true,
    ),
    timeout: checkNumber(options.timeout ?? DEFAULT_TIMEOUT, 'timeout', 1),
    retries: checkNumber(options.retries ?? DEFAULT_RETRIES, 'retries', 0, true),
    retryDelay: checkNumber(options.retryDelay ?? DEFAULT_RETRY_DELAY, 'retryDelay', 0),
    readAhead: checkNumber(options.readAhead ?? DEFAULT_READ_AHEAD, 'readAhead', 0, true),
    maxRetryAfter: checkNumber(
      options.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER,
      'maxRetryAfter',
      0,
    ),
  };
  const headers = checkHeaders(options.headers ?? {});
  if (options.userAgent !== undefined) checkHeaders({ 'user-agent': options.userAgent });
  if (options.fetch !== undefined) checkFunction(options.fetch, 'fetch');
  const retryPolicy = options.retryPolicy ?? defaultRetryPolicy;
  checkFunction(retryPolicy?.shouldRetry, 'retryPolicy.shouldRetry');
  // A value made by createRateLimiter, not options: the token bucket's code is then bundled
  // only by callers who rate-limit. withOptions shares it by merging the parent's options.
  const rateLimiter = options.rateLimit || null;
  if (rateLimiter && typeof rateLimiter.acquire !== 'function') {
    throw new ConfigurationError(
      'rateLimit takes createRateLimiter({ requestsPerSecond }) or false',
    );
  }
  const hasKeys = options.auth === undefined;
  const client: Client = {
    ...settings,
    retryPolicy,
    rateLimiter,
    fetch: options.fetch,
    hooks: Object.freeze({ ...options.hooks }),
    tracer: options.tracer,
    headers,
    userAgent: options.userAgent,
    auth,
    // What JSON.stringify and util.inspect show: settings, masked keys, header names only
    // (header values may be credentials, a proxy token). A limiter prints as
    // { requestsPerSecond, burst }, its acquire function being left out by JSON.
    toJSON: () => ({
      ...settings,
      auth: hasKeys ? 'keys' : 'custom',
      ...(hasKeys && { apiKey: MASK, securityKey: MASK }),
      rateLimit: rateLimiter,
      headers: Object.keys(headers),
      userAgent: options.userAgent ?? null,
    }),
    toString: () => `ImednetClient(${settings.baseUrl})`,
  };
  const frozenOptions = Object.freeze(resolved);
  Object.defineProperties(client, {
    [CLIENT_OPTIONS]: { value: () => frozenOptions },
    [INSPECT]: { value: () => ({ ImednetClient: client.toJSON() }) },
    // Filled by requests with what the auth strategy sent, so errors anywhere can mask it.
    [SENT_SECRETS]: { value: new Set<string>() },
  });
  // After the fields it reads; before freezing, since it is stored on the client.
  Object.defineProperty(client, TRANSPORT, { value: createTransport(client) });
  return Object.freeze(client);
}

function checkNumber(value: number, name: string, min: number, integer?: true): number {
  // NaN and Infinity fail the range test; timers overflow above MAX_TIMER.
  if (
    typeof value !== 'number' ||
    !(value >= min && value <= MAX_TIMER) ||
    (integer && !Number.isInteger(value))
  ) {
    throw new ConfigurationError(
      `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${MAX_TIMER}`,
    );
  }
  return value;
}

function checkFunction(value: unknown, name: string): void {
  if (typeof value !== 'function') throw new ConfigurationError(`${name} must be a function`);
}

/** Refuses header names or values a server could split into a second header. */
export function checkHeaders(
  headers: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  return Object.freeze(
    checkHeaderList(headers, (message) => {
      throw new ConfigurationError(message);
    }),
  );
}

import type { AuthStrategy } from '../auth/types.ts';
import type { RetryPolicy } from '../retry/types.ts';

/** A fetch function: the global one, an injected one, or an in-memory handler. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Client-side token bucket: at most `requestsPerSecond` on average, `burst` at once. */
export interface RateLimitOptions {
  requestsPerSecond: number;
  /** Tokens available at once; default `max(1, requestsPerSecond)`. */
  burst?: number;
}

/** Observers called with one state object each. Errors thrown by a hook are ignored. */
export interface Hooks {
  onRequest?(state: { method: string; url: string; attempt: number }): void;
  onResponse?(state: {
    method: string;
    url: string;
    attempt: number;
    status: number;
    durationMs: number;
  }): void;
  onRetry?(state: {
    method: string;
    url: string;
    attempt: number;
    delayMs: number;
    error: unknown;
  }): void;
  onError?(state: { method: string; url: string; attempt: number; error: unknown }): void;
  onPaginationMismatch?(state: { url: string; expected: number; received: number }): void;
  onValidationIssue?(state: {
    resource: string;
    index: number | null;
    path: string;
    value: unknown;
    message: string;
  }): void;
}

/** Attribute values a span accepts (OpenTelemetry `AttributeValue`, structurally). */
export type SpanAttributeValue = string | number | boolean;

/** The part of an OpenTelemetry `Span` this client uses (`recordException` is never called). */
export interface SpanLike {
  setAttribute(key: string, value: SpanAttributeValue): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException?(exception: { name: string; message: string }): unknown;
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` this client uses: `trace.getTracer(name)` fits. */
export interface TracerLike {
  startSpan(
    name: string,
    options?: { kind?: number; attributes?: Record<string, SpanAttributeValue> },
  ): SpanLike;
}

/** Options of `createClient`. Every duration is in milliseconds. */
export interface ClientOptions {
  apiKey?: string;
  securityKey?: string;
  /** Instead of the keys: a strategy that yields the auth headers of each attempt. */
  auth?: AuthStrategy;
  /** Default `DEFAULT_BASE_URL` or `IMEDNET_BASE_URL`. A URL with a path is used as given. */
  baseUrl?: string;
  /** Appended to a base URL without a path; default `/api/v1/edc`, `''` for root mocks. */
  apiPath?: string;
  /** Allow `http://` for hosts that are not loopback. */
  allowInsecure?: boolean;
  /** Per attempt; default 30000. */
  timeout?: number;
  /** Retries after the first attempt; default 3. */
  retries?: number;
  /** Base of full-jitter exponential backoff; default 1000. */
  retryDelay?: number;
  retryPolicy?: RetryPolicy;
  /** A longer `Retry-After` fails at once with a RateLimitError; default 60000. */
  maxRetryAfter?: number;
  /**
   * A limiter made by `createRateLimiter` (a value, so the token bucket is bundled only by
   * callers who rate-limit), shared by clients derived with `withOptions` unless they set
   * their own; `false` for none.
   */
  rateLimit?: RateLimiter | false;
  fetch?: FetchLike;
  hooks?: Hooks;
  tracer?: TracerLike;
  /**
   * Pages requested ahead of the one being read by every `paginate` (every `iterateX` and
   * `listX`) that does not set its own; 0 is one request at a time. Default DEFAULT_READ_AHEAD.
   */
  readAhead?: number;
  /** Extra headers on every request. */
  headers?: Readonly<Record<string, string>>;
  userAgent?: string;
  /** Where to read IMEDNET_* variables; default `globalThis.process?.env` when it exists. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A client-side limiter: `acquire` resolves when a request may start. */
export interface RateLimiter {
  readonly requestsPerSecond: number;
  readonly burst: number;
  acquire(signal?: AbortSignal): Promise<void>;
}

/** The frozen client value every function takes first. It never shows a secret. */
export interface Client {
  /** Base URL with the API path, no trailing slash: requests go to `${baseUrl}/studies/...`. */
  readonly baseUrl: string;
  readonly timeout: number;
  readonly retries: number;
  readonly retryDelay: number;
  readonly retryPolicy: RetryPolicy;
  readonly maxRetryAfter: number;
  readonly rateLimiter: RateLimiter | null;
  /** Pages a list requests ahead of the one being read, unless the call says otherwise. */
  readonly readAhead: number;
  readonly fetch: FetchLike | undefined;
  readonly hooks: Readonly<Hooks>;
  readonly tracer: TracerLike | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly userAgent: string | undefined;
  /** Yields the auth headers of one attempt. */
  readonly auth: AuthStrategy;
  toJSON(): Record<string, unknown>;
  toString(): string;
}

import type { ServedResponse } from '../types.ts';

/**
 * A served answer before it becomes a `Response`: what `listen` writes to the socket. Making
 * the `Response` of a 250 KB page copied its bytes (undici's extractBody, about 0.8 ms a
 * page) for a listener that never reads it.
 */
export interface RawServed {
  readonly status: number;
  /** Lower-case names in `Headers` iteration order (sorted), as a `Response` would list them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's bytes in parts, to write one after the other; never to be changed. */
  readonly body: readonly Uint8Array[];
  readonly fault?: ServedResponse['fault'];
  readonly slowBodyMs: number;
}

/**
 * Where a sandbox keeps its raw serving function: a registered symbol, so that `listen` finds
 * it on any sandbox made by this package, and falls back to `serve` on any other object.
 */
export const SERVE_RAW: unique symbol = Symbol.for('@imednet/sandbox.serveRaw') as never;

/**
 * What serving reads of a request. A fetch `Request` has all of it; `listen` passes a lighter
 * object for a GET, so a server process never builds a `Request` and `Headers` per page (nor
 * loads undici for them, tens of milliseconds on a first read).
 */
export interface ServedRequest {
  readonly method: string;
  /** The absolute URL. */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly signal: AbortSignal | null;
  text(): Promise<string>;
  clone(): ServedRequest;
}

/** A sandbox as `listen` sees it: maybe with its raw serving function. */
export interface WithServeRaw {
  readonly [SERVE_RAW]?: (request: ServedRequest) => Promise<RawServed>;
}

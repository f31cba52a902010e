/** Query values; `undefined` is skipped, booleans are written lower case. */
export type QueryValue = string | number | boolean | undefined;

/** A pure description of one API call, executed by `request`. */
export interface RequestDescription {
  method: 'GET' | 'POST';
  /** Segments after the API path, e.g. ['studies', key, 'records']; each is percent-encoded. */
  path: readonly string[];
  query?: Readonly<Record<string, QueryValue>>;
  /** Sent as JSON. */
  body?: unknown;
  /** Extra headers of this call; CR/LF refused. */
  headers?: Readonly<Record<string, string>>;
}

/** Options every call accepts. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

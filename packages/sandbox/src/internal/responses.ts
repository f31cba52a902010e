import { formatTimestamp } from './dates.ts';

/** Where a response goes: used to fill the metadata block. */
export interface RequestInfo {
  readonly method: string;
  readonly path: string;
  readonly now: number;
}

/**
 * An answer before it becomes a `Response`: the body already encoded as UTF-8, in parts that
 * the listener writes to the socket one after the other, without a Response, without encoding
 * again and without copying a cached page into a body of its own.
 */
export interface Answer {
  readonly status: number;
  /** The body's bytes, in order; never to be changed (a part may be a cached page). */
  readonly body: readonly Uint8Array<ArrayBuffer>[];
  readonly headers: Readonly<Record<string, string>>;
}

const encoder = /* @__PURE__ */ new TextEncoder();

/** A JSON answer from an already serialised body. */
export function jsonResponse(
  status: number,
  body: string | readonly Uint8Array<ArrayBuffer>[],
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    body: typeof body === 'string' ? [encoder.encode(body)] : body,
    headers: { 'content-type': 'application/json', ...headers },
  };
}

/** The spec's error body: `{ metadata: { status: "ERROR", error: { message } } }`. */
export function errorResponse(
  info: RequestInfo,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Answer {
  const body = {
    metadata: {
      status: 'ERROR',
      method: info.method,
      path: info.path,
      timestamp: formatTimestamp(info.now),
      error: { message },
    },
  };
  return jsonResponse(status, JSON.stringify(body), headers);
}

/**
 * The reference notes' validation error: status `BAD_REQUEST`, code 1000, and the field that
 * was refused.
 */
export function badRequestResponse(
  info: RequestInfo,
  description: string,
  attribute: string,
  value: unknown,
): Answer {
  const body = {
    metadata: {
      status: 'BAD_REQUEST',
      method: info.method,
      path: info.path,
      timestamp: formatTimestamp(info.now),
      error: { code: 1000, description, field: { attribute, value } },
    },
  };
  return jsonResponse(400, JSON.stringify(body));
}

const DATA_END = /* @__PURE__ */ encoder.encode(']}');

/**
 * The list envelope around the already encoded items: only its head is encoded per request
 * (it holds the time); the items are a part of the body as they are.
 */
export function envelopeResponse(
  info: RequestInfo,
  page: number,
  size: number,
  totalElements: number,
  sort: readonly { property: string; direction: string }[],
  items: Uint8Array<ArrayBuffer>,
): Answer {
  const metadata = {
    status: 'OK',
    method: info.method,
    path: info.path,
    timestamp: formatTimestamp(info.now),
    error: {},
  };
  const pagination = {
    currentPage: page,
    size,
    totalPages: Math.ceil(totalElements / size),
    totalElements,
    sort,
  };
  const head = encoder.encode(
    '{"metadata":' +
      JSON.stringify(metadata) +
      ',"pagination":' +
      JSON.stringify(pagination) +
      ',"data":[',
  );
  return jsonResponse(200, [head, items, DATA_END]);
}

/** The parts of a body as one array (the one part itself when there is one). */
export function joinParts(parts: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

import { formatTimestamp } from './dates.ts';

/** Where a response goes: used to fill the metadata block. */
export interface RequestInfo {
  readonly method: string;
  readonly path: string;
  readonly now: number;
}

/**
 * An answer before it becomes a `Response`: the listener writes `body` to the socket as it is,
 * without reading it back out of a Response stream.
 */
export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A JSON answer from an already serialised body. */
export function jsonResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Answer {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
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

/** The list envelope, built as a string around the already serialised items. */
export function envelopeResponse(
  info: RequestInfo,
  page: number,
  size: number,
  totalElements: number,
  sort: readonly { property: string; direction: string }[],
  items: string,
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
  const head =
    '{"metadata":' + JSON.stringify(metadata) + ',"pagination":' + JSON.stringify(pagination);
  return jsonResponse(200, head + ',"data":[' + items + ']}');
}

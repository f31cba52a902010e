import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/** Codes of the HTTP error classes. */
export type ApiErrorCode =
  | 'API_ERROR'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'REDIRECT';

/** The field a validation error points at (reference-notes body shape). */
export interface ApiErrorField {
  attribute: string | null;
  value: unknown;
}

/** What an `ApiError` is built from. */
export interface ApiErrorInit {
  status: number;
  method: string;
  /** Full URL, never holding a secret (keys travel in headers). */
  url: string;
  serverCode?: string | null;
  serverMessage?: string | null;
  field?: ApiErrorField | null;
  /** The parsed body (or its text when not JSON), secrets already redacted. */
  body?: unknown;
  requestId?: string | null;
  message?: string;
}

/**
 * The server answered with a non-2xx status.
 *
 * @example
 * if (isApiError(e, 404)) console.log(e.url, e.serverMessage)
 */
export class ApiError extends ImednetError {
  override readonly code: ApiErrorCode = 'API_ERROR';
  override name = 'ApiError';
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly serverCode: string | null;
  declare readonly serverMessage: string | null;
  declare readonly field: ApiErrorField | null;
  declare readonly body: unknown;
  declare readonly requestId: string | null;

  constructor(init: ApiErrorInit, options?: ImednetErrorOptions) {
    super(init.message ?? describe(init), options, {
      serverCode: null,
      serverMessage: null,
      field: null,
      body: null,
      requestId: null,
      ...init,
    });
  }
}

function describe(init: ApiErrorInit): string {
  const detail = [
    init.serverCode ? `code ${init.serverCode}` : '',
    init.serverMessage ?? '',
    init.field?.attribute ? `(field ${init.field.attribute})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${init.method} ${init.url} failed with HTTP ${init.status}${detail ? `: ${detail}` : ''}`;
}

/** HTTP 400. */
export class BadRequestError extends ApiError {
  override readonly code = 'BAD_REQUEST' as const;
  override name = 'BadRequestError';
}
/** HTTP 401: keys missing or wrong. */
export class UnauthorizedError extends ApiError {
  override readonly code = 'UNAUTHORIZED' as const;
  override name = 'UnauthorizedError';
}
/** HTTP 403: no permission (also an unknown study key). */
export class ForbiddenError extends ApiError {
  override readonly code = 'FORBIDDEN' as const;
  override name = 'ForbiddenError';
}
/** HTTP 404. */
export class NotFoundError extends ApiError {
  override readonly code = 'NOT_FOUND' as const;
  override name = 'NotFoundError';
}
/** HTTP 409. */
export class ConflictError extends ApiError {
  override readonly code = 'CONFLICT' as const;
  override name = 'ConflictError';
}
/** HTTP 5xx. */
export class ServerError extends ApiError {
  override readonly code = 'SERVER_ERROR' as const;
  override name = 'ServerError';
}
/** HTTP 429, or a client-side refusal to wait longer than `maxRetryAfter`. */
export class RateLimitError extends ApiError {
  override readonly code = 'RATE_LIMITED' as const;
  override name = 'RateLimitError';
  /** How long the server asked to wait, in milliseconds; null when it did not say. */
  declare readonly retryAfter: number | null;

  constructor(init: ApiErrorInit & { retryAfter?: number | null }, options?: ImednetErrorOptions) {
    super({ retryAfter: null, ...init }, options);
  }
}
/**
 * HTTP 3xx: redirects are never followed. Following one could re-send a POST or carry the
 * key headers to another origin; `location` says where the server pointed (secrets masked).
 */
export class RedirectError extends ApiError {
  override readonly code = 'REDIRECT' as const;
  override name = 'RedirectError';
  /** The `Location` header as sent (null when absent or hidden by the runtime). */
  declare readonly location: string | null;

  constructor(init: ApiErrorInit & { location?: string | null }, options?: ImednetErrorOptions) {
    super(
      {
        location: null,
        message: `${init.method} ${init.url} answered HTTP ${init.status} (a redirect${init.location ? ` to ${init.location}` : ''}); redirects are not followed`,
        ...init,
      },
      options,
    );
  }
}

import {
  ApiError,
  type ApiErrorField,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from '../errors/ApiError.ts';
import { parseRetryAfter } from '../retry/parseRetryAfter.ts';

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-amz-request-id',
];
const MAX_BODY_TEXT = 4096;
const BY_STATUS: Record<number, new (init: ApiErrorInit) => ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/**
 * Maps a non-2xx answer to its error class, reading both error body shapes of api-contract §4
 * (`error.message`, or `error.code`/`description`/`field`) and keeping a non-JSON body as text.
 * `text` must already be redacted.
 */
export function createApiError(
  response: Response,
  init: { method: string; url: string; text: string },
): ApiError {
  const body = parseBody(init.text);
  const error = readErrorObject(body);
  const full: ApiErrorInit & { retryAfter: number | null } = {
    status: response.status,
    method: init.method,
    url: init.url,
    serverCode: asText(error?.code),
    serverMessage: asText(error?.message) ?? asText(error?.description) ?? plainText(body),
    field: readField(error?.field),
    body,
    requestId: readRequestId(response.headers),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  };
  const Class = BY_STATUS[response.status] ?? (response.status >= 500 ? ServerError : ApiError);
  // Only RateLimitError keeps retryAfter; the others ignore it.
  return new Class(full);
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text.length > MAX_BODY_TEXT ? `${text.slice(0, MAX_BODY_TEXT)}…` : text;
  }
}

function readErrorObject(body: unknown): Record<string, unknown> | undefined {
  if (!isObject(body)) return undefined;
  const metadata = body.metadata;
  if (isObject(metadata) && isObject(metadata.error)) return metadata.error;
  // Some gateways answer with a bare { error: {...} } or { message }.
  if (isObject(body.error)) return body.error;
  return body;
}

function readField(value: unknown): ApiErrorField | null {
  if (isObject(value)) return { attribute: asText(value.attribute), value: value.value ?? null };
  if (typeof value === 'string' && value !== '') return { attribute: value, value: null };
  return null;
}

function plainText(body: unknown): string | null {
  if (typeof body !== 'string') return null;
  const line = body.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || null;
}

function readRequestId(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

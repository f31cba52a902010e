import { maskAll, maskJson } from '../client/redactSecrets.ts';
import {
  ApiError,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  RedirectError,
  ServerError,
  UnauthorizedError,
} from '../errors/ApiError.ts';
import { asObject } from '../internal/asObject.ts';
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
 * Everything taken from the answer (body, headers) has `secrets` masked: a JSON body after
 * parsing, since a key may arrive JSON-escaped (`\u0041…`) and only parsing reveals it.
 */
export function createApiError(
  response: Response,
  init: { method: string; url: string; text: string; secrets: readonly string[] },
): ApiError {
  const { status, headers } = response;
  const { secrets } = init;
  const mask = (value: string | null) => value && maskAll(value, secrets);
  const body = maskJson(parseBody(init.text, secrets), secrets);
  const root = asObject(body);
  // Some gateways answer with a bare { error: {...} } or { message }.
  const error = asObject(asObject(root?.metadata)?.error) ?? asObject(root?.error) ?? root;
  const field = error?.field;
  const fieldObject = asObject(field);
  // A plain-text body (a gateway page): its first line, shortened, is the message.
  const line = typeof body === 'string' ? body.trim().split('\n')[0]! : '';
  // A 3xx, or the opaque answer a browser gives for a redirect it was told not to follow.
  const redirect = response.type === 'opaqueredirect' || (status >= 300 && status < 400);
  const Class = redirect
    ? RedirectError
    : (BY_STATUS[status] ?? (status >= 500 ? ServerError : ApiError));
  return new Class({
    status,
    method: init.method,
    url: init.url,
    serverCode: asText(error?.code),
    serverMessage:
      asText(error?.message) ?? asText(error?.description) ?? (clip(line, 200) || null),
    field: fieldObject
      ? { attribute: asText(fieldObject.attribute), value: fieldObject.value ?? null }
      : typeof field === 'string' && field
        ? { attribute: field, value: null }
        : null,
    body,
    requestId: mask(REQUEST_ID_HEADERS.map((name) => headers.get(name)).find(Boolean) ?? null),
    // Only a RateLimitError carries retryAfter (the other classes would keep it as a field).
    ...(Class === RateLimitError && { retryAfter: parseRetryAfter(headers.get('retry-after')) }),
    ...(redirect && { location: mask(headers.get('location')) }),
  } as ApiErrorInit);
}

function parseBody(text: string, secrets: readonly string[]): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // Masked before it is cut, so no half of a key survives at the end.
    return clip(maskAll(text, secrets), MAX_BODY_TEXT);
  }
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value || null;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** The text cut to `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

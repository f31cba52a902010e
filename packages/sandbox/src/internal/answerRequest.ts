import type { SandboxFault } from '../types.ts';
import { pickFault } from './faults.ts';
import { API_PATH, handleRequest } from './handleRequest.ts';
import type { SandboxSettings } from './readSandboxOptions.ts';
import { type Answer, errorResponse, type RequestInfo } from './responses.ts';
import type { ServedRequest } from './serveRaw.ts';
import type { World } from './world.ts';

/** What answering one request gives: the answer, the fault acted out, a records POST's batch. */
export interface Answered {
  response: Answer;
  fault?: SandboxFault;
  batch?: { body: unknown; batchId: string | null };
}

const TOO_MANY =
  'Too many requests - rate limit exceeded, please try again later or contact support.';
const FAULT_ANSWERS = {
  serverError: [500, 'An unexpected server error occurred. Please contact support.'],
  unavailable: [503, 'The service is temporarily unavailable.'],
  rateLimited: [429, TOO_MANY],
} as const;

/**
 * Answers request number `n` as the API would: closed, rate limit, faults, path and keys are
 * checked in that order, then the request goes to the routes.
 */
export async function answerRequest(
  settings: SandboxSettings,
  world: World,
  closed: boolean,
  request: ServedRequest,
  n: number,
  info: RequestInfo,
  url: URL,
): Promise<Answered> {
  const fault = pickFault(settings.faults, n);
  if (closed) return { response: errorResponse(info, 503, 'The sandbox is closed.') };
  const wait = settings.limiter?.take(info.now) ?? 0;
  if (wait > 0) {
    return { response: errorResponse(info, 429, TOO_MANY, { 'retry-after': String(wait) }) };
  }
  if (fault === 'serverError' || fault === 'unavailable' || fault === 'rateLimited') {
    const [status, message] = FAULT_ANSWERS[fault];
    const headers: Record<string, string> =
      status === 429 ? { 'retry-after': String(settings.retryAfterSeconds) } : {};
    return { response: errorResponse(info, status, message, headers), fault };
  }
  if (!url.pathname.startsWith(`${API_PATH}/`) && url.pathname !== API_PATH) {
    return { response: errorResponse(info, 404, 'The requested resource could not be found.') };
  }
  const { apiKey, securityKey } = settings.credentials;
  if (
    request.headers.get('x-api-key') !== apiKey ||
    request.headers.get('x-imn-security-key') !== securityKey
  ) {
    return {
      response: errorResponse(
        info,
        401,
        'Authentication credentials missing, invalid, or expired.',
      ),
    };
  }
  const segments = pathSegments(url);
  if (segments === null) return { response: errorResponse(info, 400, 'The path is not valid.') };
  const result = await handleRequest(world, info, {
    method: request.method,
    url,
    segments,
    headers: request.headers,
    body: () => request.text(),
  });
  // Only the transport faults remain possible here; the others were answered above.
  if (!('batchId' in result)) return { response: result, fault };
  return {
    response: result.response,
    fault,
    batch: { body: result.body, batchId: result.batchId },
  };
}

function pathSegments(url: URL): string[] | null {
  try {
    return url.pathname
      .slice(API_PATH.length)
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
}

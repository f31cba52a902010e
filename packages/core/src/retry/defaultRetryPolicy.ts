import { isApiError } from '../errors/ApiError.ts';
import { isNetworkError } from '../errors/NetworkError.ts';
import { isTimeoutError } from '../errors/TimeoutError.ts';
import type { RetryPolicy, RetryState } from './types.ts';

const IDEMPOTENT: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
]);

/**
 * The Python SDK's rules (api-contract §8): 429 is retried for every method (the server refused
 * before processing); network errors, timeouts and 5xx only for idempotent methods, so a POST
 * is never sent twice on the SDK's own initiative. A state without a method counts as not
 * idempotent. Anything else is not retried.
 *
 * @throws never
 * @example
 * const client = createClient({ apiKey, securityKey, retryPolicy: defaultRetryPolicy })
 */
export const defaultRetryPolicy: RetryPolicy = /* @__PURE__ */ Object.freeze({
  shouldRetry(state: RetryState): boolean {
    // A state without a method (a hand-made one) is not known to be safe to repeat, as in the
    // Python SDK: only a 429 is retried then.
    const method = typeof state.method === 'string' ? state.method.toUpperCase() : '';
    const idempotent = IDEMPOTENT.has(method);
    const { error } = state;
    if (isApiError(error)) {
      if (error.status === 429) return true;
      return error.status >= 500 && idempotent;
    }
    return (isNetworkError(error) || isTimeoutError(error)) && idempotent;
  },
});

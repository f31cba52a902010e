import type { Hooks } from '@imednet/core';
import type { Printer } from '../cli/context.ts';

/**
 * Client hooks that log each request, response and retry on stderr (shown with --verbose
 * or --debug). URLs never hold keys (they travel in headers), and the printer masks them
 * anyway.
 *
 * @throws never
 * @example
 * const client = createClient({ hooks: createVerboseHooks(out) });
 */
export function createVerboseHooks(out: Printer): Hooks {
  return {
    onRequest: ({ method, url, attempt }) =>
      out.verbose(`> ${method} ${url}${attempt > 1 ? ` (attempt ${attempt})` : ''}\n`),
    onResponse: ({ method, url, status, durationMs }) =>
      out.verbose(`< ${status} ${method} ${url} ${Math.round(durationMs)} ms\n`),
    onRetry: ({ method, url, attempt, delayMs }) =>
      out.verbose(
        `! retrying ${method} ${url} after attempt ${attempt}, in ${Math.round(delayMs)} ms\n`,
      ),
    onPaginationMismatch: ({ url, expected, received }) =>
      out.error(`imednet: warning: ${url} announced ${expected} items but sent ${received}\n`),
  };
}

import type { Client } from '../client/types.ts';
import { InvalidInputError } from '../errors/InvalidInputError.ts';
import type { RequestDescription } from './types.ts';

const MAX_SEGMENT = 255;

/**
 * The URL a description is sent to: each path segment percent-encoded, `undefined` query
 * values skipped. Pure, so describe steps can be tested without a transport.
 *
 * @throws {InvalidInputError} for a segment that is not a string, is empty, blank, `.` or `..`,
 *   longer than 255 characters (no key or id is: such a value is a mistake), or holds
 *   `/`, `\`, `%` or a control character (each could change the route or split the request); the
 *   message names the segment by what precedes it (`the value after studies/`), never its value.
 * @example
 * buildRequestUrl(client, { method: 'GET', path: ['studies', 'A B'], query: { page: 0 } })
 * // 'https://edc.prod.imednetapi.com/api/v1/edc/studies/A%20B?page=0'
 */
export function buildRequestUrl(
  client: Pick<Client, 'baseUrl'>,
  description: Pick<RequestDescription, 'path' | 'query'>,
): string {
  const { path, query } = encodeRequest(description);
  return `${client.baseUrl}/${path}${query && `?${query}`}`;
}

/**
 * The encoded path (no leading `/`) and query string (no `?`) of a description: what the
 * transport is given after its base URL, so that every URL is encoded here and only here.
 */
export function encodeRequest(description: Pick<RequestDescription, 'path' | 'query'>): {
  path: string;
  query: string;
} {
  if (!Array.isArray(description.path)) {
    throw new InvalidInputError({
      details: [{ field: 'path', message: 'path must be an array of segments' }],
    });
  }
  const segments = description.path.map((segment, index, path) => {
    // Refused rather than encoded: a value that looks like a path (or a header break) was
    // built to escape its segment, and some servers decode %2F or %2e%2e before routing.
    // The message names the segment by what precedes it, never echoes the value (a key passed
    // by mistake would leak). One check and one message: this ships in every bundle.
    if (
      typeof segment !== 'string' ||
      segment.length > MAX_SEGMENT ||
      /^\.{0,2}$|^\s+$|[/\\%\0-\x1f\x7f-\x9f]/.test(segment)
    ) {
      throw new InvalidInputError({
        details: [
          {
            index,
            field: 'path',
            message: `the value after ${path[index - 1] ?? ''}/ must be a string of 1 to ${MAX_SEGMENT} characters, not blank, . or .., without /, \\, % or control characters`,
          },
        ],
      });
    }
    return encodeURIComponent(segment);
  });
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(description.query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new InvalidInputError({
        details: [{ field: key, message: 'query number must be finite' }],
      });
    }
    // encodeURIComponent, not URLSearchParams: '+' for a space is ambiguous to some servers.
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return { path: segments.join('/'), query: pairs.join('&') };
}

import type { Client } from '../client/types.ts';
import { InvalidInputError } from '../errors/InvalidInputError.ts';
import type { RequestDescription } from './types.ts';

/**
 * The URL a description is sent to: each path segment percent-encoded, `undefined` query
 * values skipped. Pure, so describe steps can be tested without a transport.
 *
 * @throws {InvalidInputError} for an empty, `.` or `..` segment (it would change the route).
 * @example
 * buildRequestUrl(client, { method: 'GET', path: ['studies', 'A B'], query: { page: 0 } })
 * // 'https://edc.prod.imednetapi.com/api/v1/edc/studies/A%20B?page=0'
 */
export function buildRequestUrl(
  client: Pick<Client, 'baseUrl'>,
  description: Pick<RequestDescription, 'path' | 'query'>,
): string {
  if (!Array.isArray(description.path)) {
    throw new InvalidInputError([{ field: 'path', message: 'path must be an array of segments' }]);
  }
  const segments = description.path.map((segment, index) => {
    if (typeof segment !== 'string') {
      throw new InvalidInputError([{ index, field: 'path', message: 'segment must be a string' }]);
    }
    if (segment === '' || segment === '.' || segment === '..') {
      throw new InvalidInputError([
        { index, field: 'path', message: `segment ${JSON.stringify(segment)} is not allowed` },
      ]);
    }
    return encodeURIComponent(segment);
  });
  let url = `${client.baseUrl}/${segments.join('/')}`;
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(description.query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new InvalidInputError([{ field: key, message: 'query number must be finite' }]);
    }
    // encodeURIComponent, not URLSearchParams: '+' for a space is ambiguous to some servers.
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  if (pairs.length > 0) url += `?${pairs.join('&')}`;
  return url;
}

import { HEADER_API_KEY, HEADER_SECURITY_KEY } from '../constants.ts';
import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { BAD_HEADER_VALUE } from '../internal/headers.ts';
import type { AuthStrategy } from './types.ts';

/**
 * The iMednet strategy: both key headers on every attempt.
 *
 * @throws {ConfigurationError} when a key is empty or holds a character a header cannot carry
 *   (CR/LF, another control character, DEL, or one outside Latin-1).
 * @example
 * const client = createClient({ auth: keyAuth({ apiKey, securityKey }) })
 */
// @__NO_SIDE_EFFECTS__
export function keyAuth(keys: { apiKey: string; securityKey: string }): AuthStrategy {
  const apiKey = checkKey(keys.apiKey, 'apiKey');
  const securityKey = checkKey(keys.securityKey, 'securityKey');
  const headers = Object.freeze({ [HEADER_API_KEY]: apiKey, [HEADER_SECURITY_KEY]: securityKey });
  return () => headers;
}

/** Trims a key and refuses an unusable one, naming the option but never the value. */
export function checkKey(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${name} is missing or empty`);
  }
  const trimmed = value.trim();
  // Refused here, at once: fetch would refuse the header on every call, which then looked
  // like a network error and was retried.
  if (/[\r\n]/.test(trimmed)) throw new ConfigurationError(`${name} contains a line break`);
  if (BAD_HEADER_VALUE.test(trimmed)) {
    throw new ConfigurationError(
      `${name} holds a character an HTTP header cannot carry (a control character, DEL, or one outside Latin-1)`,
    );
  }
  return trimmed;
}

import { MASK } from '../internal/symbols.ts';
import type { Client } from './types.ts';
import { clientOptions } from './withOptions.ts';

/**
 * Masks the client's keys (and any `extra` secrets) wherever they occur in `text`.
 *
 * @throws {ConfigurationError} when `client` was not made by `createClient`.
 * @example
 * logger.info(redactSecrets(client, responseText))
 */
export function redactSecrets(client: Client, text: string, extra: readonly string[] = []): string {
  const options = clientOptions(client);
  return maskAll(text, [options.apiKey, options.securityKey, ...extra]);
}

/** Replaces every occurrence of each secret (longest first, so no partial leaks). */
export function maskAll(text: string, secrets: readonly (string | undefined)[]): string {
  const list = secrets
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of list) out = out.split(secret).join(MASK);
  return out;
}

import { clientOptions } from './clientOptions.ts';
import { createClient } from './createClient.ts';
import type { Client, ClientOptions } from './types.ts';

/**
 * Returns a new client with some options changed; the original is unchanged. The client-side
 * rate limiter stays shared unless `partial` sets `rateLimit`.
 *
 * @throws {ConfigurationError} when the merged options are invalid.
 * @example
 * const patient = withOptions(client, { timeout: 120_000, retries: 5 })
 */
export function withOptions(client: Client, partial: Partial<ClientOptions>): Client {
  const base: ClientOptions = { ...clientOptions(client) };
  // Switching between keys and a custom strategy drops the other kind.
  if (partial.auth !== undefined) {
    delete base.apiKey;
    delete base.securityKey;
  }
  if (partial.apiKey !== undefined || partial.securityKey !== undefined) delete base.auth;
  // The parent's limiter value comes along in `base`, so the bucket stays shared unless
  // `partial` sets its own `rateLimit`.
  return createClient({ ...base, ...partial, env: {} });
}

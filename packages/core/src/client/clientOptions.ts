import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { CLIENT_OPTIONS } from '../internal/symbols.ts';
import type { Client, ClientOptions } from './types.ts';

/**
 * Reads the options a client was built from (secrets included); internal. Its own file, so
 * that masking (which needs the keys) does not import client creation: no import circle.
 */
export function clientOptions(client: Client): Readonly<ClientOptions> {
  const get = (client as unknown as Record<symbol, unknown>)[CLIENT_OPTIONS];
  if (typeof get !== 'function') {
    throw new ConfigurationError('Not a client made by createClient');
  }
  return get() as ClientOptions;
}

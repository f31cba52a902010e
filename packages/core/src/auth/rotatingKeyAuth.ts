import { HEADER_API_KEY, HEADER_SECURITY_KEY } from '../constants.ts';
import { checkKey } from './keyAuth.ts';
import type { AuthContext, AuthStrategy } from './types.ts';

/**
 * Both key headers, with the keys asked for on every attempt (a vault, a rotation schedule).
 *
 * @throws {ConfigurationError} when the provider yields an empty key, at request time.
 * @example
 * const client = createClient({ auth: rotatingKeyAuth(async () => vault.read('imednet')) })
 */
// @__NO_SIDE_EFFECTS__
export function rotatingKeyAuth(
  getKeys: (
    context: AuthContext,
  ) => { apiKey: string; securityKey: string } | Promise<{ apiKey: string; securityKey: string }>,
): AuthStrategy {
  return async (context) => {
    const keys = await getKeys(context);
    return {
      [HEADER_API_KEY]: checkKey(keys.apiKey, 'apiKey'),
      [HEADER_SECURITY_KEY]: checkKey(keys.securityKey, 'securityKey'),
    };
  };
}

import type { AuthContext, AuthStrategy } from './types.ts';

/**
 * Sends `Authorization: Bearer <token>`, asking `getToken` on every attempt (so it can refresh).
 *
 * @throws whatever `getToken` throws, when the request runs.
 * @example
 * const client = createClient({ auth: bearerTokenAuth(() => tokens.current()) })
 */
// @__NO_SIDE_EFFECTS__
export function bearerTokenAuth(
  getToken: (context: AuthContext) => string | Promise<string>,
): AuthStrategy {
  return async (context) => ({ authorization: `Bearer ${await getToken(context)}` });
}

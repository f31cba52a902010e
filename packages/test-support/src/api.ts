import nock from 'nock';
import { API_KEY, ORIGIN, SECURITY_KEY } from './testClient.ts';

/**
 * A nock scope on the test origin. With `checkAuth`, every request must carry the test
 * client's keys and accept JSON (tests of other auth schemes leave it off).
 */
export function api(options: { checkAuth?: boolean } = {}): nock.Scope {
  if (!options.checkAuth) return nock(ORIGIN);
  return nock(ORIGIN, {
    reqheaders: {
      'x-api-key': API_KEY,
      'x-imn-security-key': SECURITY_KEY,
      accept: (value) => value.includes('application/json'),
    },
  });
}

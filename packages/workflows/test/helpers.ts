import { envelope, api as nockApi, ORIGIN } from '@imednet/test-support';

export {
  API_KEY,
  collect,
  ORIGIN,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';

export const STUDY = 'STUDY-1';
export const PATH = `/api/v1/edc/studies/${STUDY}`;

type Scope = ReturnType<typeof nockApi>;

/** A nock scope on the test origin that checks the auth headers of every request. */
export const api = (): Scope => nockApi({ checkAuth: true });

/**
 * Adds to `scope` an answer to GET `${PATH}/${resource}` with `data`, recording each query.
 * `data` may be picked per request from its query. The scope is persisted, so each answer
 * serves any number of requests and `scope.done()` checks that each was asked for at least
 * once, except an `optional` one, which need not be asked for.
 */
export function serve(
  scope: Scope,
  resource: string,
  data: unknown[] | ((query: Record<string, string>) => unknown[]),
  seen: Record<string, string>[] = [],
  optional = false,
) {
  scope
    .persist()
    .get(`${PATH}/${resource}`)
    .query(true)
    .optionally(optional)
    .reply((uri) => {
      const query = Object.fromEntries(new URL(uri, ORIGIN).searchParams);
      seen.push(query);
      return [200, envelope(typeof data === 'function' ? data(query) : data)];
    });
  return seen;
}

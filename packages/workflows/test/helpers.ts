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

/** A nock scope on the test origin that checks the auth headers of every request. */
export const api = (): ReturnType<typeof nockApi> => nockApi({ checkAuth: true });

/**
 * Answers GET `${PATH}/${resource}` with `data` (any number of times), recording each query.
 * `data` may be picked per request from its query; an `optional` one need not be asked for.
 */
export function serve(
  resource: string,
  data: unknown[] | ((query: Record<string, string>) => unknown[]),
  seen: Record<string, string>[] = [],
  optional = false,
) {
  api()
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

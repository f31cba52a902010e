import { api as nockApi } from '@imednet/test-support';

export {
  API_KEY,
  BASE,
  envelope,
  ORIGIN,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';

/** nock scope on the test origin, checking the auth and accept headers of every request. */
export const api = (): ReturnType<typeof nockApi> => nockApi({ checkAuth: true });

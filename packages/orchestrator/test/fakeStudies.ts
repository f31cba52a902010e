import { createFakeApi, envelope, testClient } from '@imednet/test-support';

export { API_KEY, SECURITY_KEY } from '@imednet/test-support';

/**
 * A client whose injected fetch serves `GET /studies` (the list envelope, two items a page so
 * paging is exercised), counting requests. Only the wire is faked.
 */
export function createStudiesApi(studyKeys: readonly string[]) {
  const size = 2;
  const api = createFakeApi({
    'GET /studies': ({ query }) => {
      const page = Number(query.get('page') ?? 0);
      const data = studyKeys.slice(page * size, page * size + size).map((studyKey, i) => ({
        studyKey,
        studyId: page * size + i + 1,
        studyName: `Study ${studyKey}`,
      }));
      return {
        body: envelope(data, {
          currentPage: page,
          size,
          totalPages: Math.ceil(studyKeys.length / size),
          totalElements: studyKeys.length,
        }),
      };
    },
  });
  return {
    client: testClient({ baseUrl: 'http://127.0.0.1:9', fetch: api.fetch, retries: 0 }),
    get requests() {
      return api.seen.length;
    },
  };
}

/** A promise with its resolve function outside. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

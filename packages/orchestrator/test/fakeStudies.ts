import { createClient } from '@imednet/core';

export const API_KEY = 'orch-api-key-0001';
export const SECURITY_KEY = 'orch-security-key-0002';

/**
 * An injected fetch serving `GET /studies` (the list envelope, two items a page so paging is
 * exercised) and counting requests. Only the wire is faked.
 */
export function createStudiesApi(studyKeys: readonly string[]) {
  let requests = 0;
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    requests++;
    const url = new URL(new Request(input, init).url);
    if (!url.pathname.endsWith('/studies')) return Response.json({}, { status: 404 });
    const size = 2;
    const page = Number(url.searchParams.get('page') ?? 0);
    const data = studyKeys.slice(page * size, page * size + size).map((studyKey, i) => ({
      studyKey,
      studyId: page * size + i + 1,
      studyName: `Study ${studyKey}`,
    }));
    return Response.json({
      metadata: {
        status: 'OK',
        method: 'GET',
        path: url.pathname,
        timestamp: '2024-01-01 00:00:00',
      },
      pagination: {
        currentPage: page,
        size,
        totalPages: Math.ceil(studyKeys.length / size),
        totalElements: studyKeys.length,
      },
      data,
    });
  };
  return {
    client: createClient({
      apiKey: API_KEY,
      securityKey: SECURITY_KEY,
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      retries: 0,
    }),
    get requests() {
      return requests;
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

import { type ClientOptions, createClient } from '@imednet/core';
import nock from 'nock';

export const API_KEY = 'WF-API-KEY-123';
export const SECURITY_KEY = 'WF-SECURITY-KEY-456';
export const ORIGIN = 'https://edc.workflows.test';
export const STUDY = 'STUDY-1';
export const PATH = `/api/v1/edc/studies/${STUDY}`;

/** A client against the nock origin, quick retries, no environment. */
export function testClient(options: ClientOptions = {}) {
  return createClient({
    apiKey: API_KEY,
    securityKey: SECURITY_KEY,
    baseUrl: ORIGIN,
    retryDelay: 1,
    env: {},
    ...options,
  });
}

/** A nock scope on the test origin that checks the auth headers of every request. */
export function api() {
  return nock(ORIGIN, {
    reqheaders: { 'x-api-key': API_KEY, 'x-imn-security-key': SECURITY_KEY },
  });
}

export { useNock } from '@imednet/test-support';

/** The list envelope of api-contract §3, one page. */
export function envelope(data: unknown[], page = 0, totalPages = 1) {
  return {
    metadata: { status: 'OK', method: 'GET', path: '/x', timestamp: '2024-01-01 00:00:00' },
    pagination: { currentPage: page, size: 100, totalPages, totalElements: data.length, sort: [] },
    data,
  };
}

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

/** The rejection of a promise that must fail (throws if it resolves). */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary error fields
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

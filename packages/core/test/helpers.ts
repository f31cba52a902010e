import nock from 'nock';
import { type ClientOptions, createClient } from '../src/index.ts';

export const API_KEY = 'SECRET-API-KEY-123';
export const SECURITY_KEY = 'SECRET-SECURITY-KEY-456';
export const ORIGIN = 'https://edc.test.example';
export const BASE = '/api/v1/edc';

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

/** nock scope on the API path. */
export function api() {
  return nock(ORIGIN);
}

export { useNock } from '@imednet/test-support';

/** The list envelope of api-contract §3. */
export function envelope(
  data: unknown[],
  pagination: Partial<{
    currentPage: number;
    size: number;
    totalPages: number;
    totalElements: number;
  }>,
) {
  return {
    metadata: {
      status: 'OK',
      method: 'GET',
      path: '/x',
      timestamp: '2024-01-01 00:00:00',
      error: {},
    },
    pagination: { sort: [], ...pagination },
    data,
  };
}

/** The rejection of a promise that must fail (throws if it resolves), typed loosely for asserts. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary error fields
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

import { type Client, type ClientOptions, createClient } from '@imednet/core';

/** Keys of the test client; tests assert they never show up in errors or output. */
export const API_KEY = 'SECRET-API-KEY-123';
export const SECURITY_KEY = 'SECRET-SECURITY-KEY-456';
/** The origin nock answers on; nothing real listens there. */
export const ORIGIN = 'https://edc.test.example';
/** The API's base path. */
export const BASE = '/api/v1/edc';

/** A client against the nock origin, quick retries, no environment. */
export function testClient(options: ClientOptions = {}): Client {
  return createClient({
    apiKey: API_KEY,
    securityKey: SECURITY_KEY,
    baseUrl: ORIGIN,
    retryDelay: 1,
    env: {},
    ...options,
  });
}

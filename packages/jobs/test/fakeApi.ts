import { createClient } from '@imednet/core';
import type { Answer } from '@imednet/test-support';

/** A client on the fake API, with quick retries so tests stay fast. */
export function fakeClient(
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>,
) {
  return createClient({
    apiKey: 'test-api-key-123',
    securityKey: 'test-security-key-456',
    baseUrl: 'http://127.0.0.1:9',
    fetch,
    retries: 2,
    retryDelay: 1,
  });
}

/** Job status answers, one per state. */
export function jobStates(...states: (string | null)[]): Answer[] {
  return states.map((state) => ({
    body: { jobId: 'j-1', batchId: 'b-1', state, dateCreated: '2024-01-02 03:04:05' },
  }));
}

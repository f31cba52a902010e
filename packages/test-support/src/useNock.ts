import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';

/**
 * Blocks real network for the calling test file and, after each test, fails it when an
 * interceptor was set up but never used (so a request the code should have sent cannot go
 * missing in silence). This is the safety net: each test still says what it expects, with
 * `scope.done()` for requests that must happen and `.optionally()` or an asserted
 * `scope.isDone() === false` for ones that may or must not.
 */
export function useNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.abortPendingRequests();
    nock.cleanAll();
    if (pending.length > 0) throw new Error(`unused interceptors: ${pending.join(', ')}`);
  });
}

import { type Client, createClient } from '@imednet/core';
import { createSandbox } from '@imednet/sandbox';

/** A client wired to an in-process sandbox through an injected fetch (no socket at all). */
export function sandboxClient(options: { recordsPerStudy?: number; studyCount?: number } = {}): {
  client: Client;
  studyKeys: readonly string[];
} {
  const sandbox = createSandbox({
    seed: 7,
    studyCount: options.studyCount ?? 2,
    recordsPerStudy: options.recordsPerStudy ?? 60,
  });
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: new URL(sandbox.baseUrl).origin,
    allowInsecure: true,
    retryDelay: 1,
    env: {},
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      sandbox.fetch(new Request(input, init)),
  });
  return { client, studyKeys: sandbox.studyKeys };
}

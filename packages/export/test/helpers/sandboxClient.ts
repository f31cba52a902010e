import { type Client, createClient } from '@imednet/core';
import { createSandbox, type Sandbox } from '@imednet/sandbox';

/**
 * A client wired to an in-process sandbox through an injected fetch (no socket at all).
 * `rewrite` may change a response on the wire (the body the server sends), nothing else.
 */
export function sandboxClient(
  options: {
    recordsPerStudy?: number;
    studyCount?: number;
    seed?: number;
    rewrite?: (url: URL, response: Response) => Promise<Response>;
  } = {},
): {
  client: Client;
  studyKeys: readonly string[];
  sandbox: Sandbox;
} {
  const sandbox = createSandbox({
    seed: options.seed ?? 7,
    studyCount: options.studyCount ?? 2,
    recordsPerStudy: options.recordsPerStudy ?? 60,
  });
  const rewrite = options.rewrite;
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: new URL(sandbox.baseUrl).origin,
    allowInsecure: true,
    retryDelay: 1,
    env: {},
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await sandbox.fetch(request);
      return rewrite ? rewrite(new URL(request.url), response) : response;
    },
  });
  return { client, studyKeys: sandbox.studyKeys, sandbox };
}

import { type Client, createClient } from '@imednet/core';
import { createSandbox, type Sandbox, type SandboxOptions } from '@imednet/sandbox';

/** Counts what the sandbox served: requests, and records in the record pages. */
export interface Served {
  requests: number;
  records: number;
  /** Each request's URL, path and query. */
  urls: URL[];
}

/**
 * A client wired to an in-process sandbox through an injected fetch, counting at the
 * sandbox side what it served (requests, and the records in each page of records).
 * `rewrite`, when given, changes an answer on the wire before the client reads it.
 */
export function sandboxClient(
  options: SandboxOptions = {},
  rewrite?: (request: Request, response: Response) => Promise<Response>,
): {
  client: Client;
  sandbox: Sandbox;
  studyKey: string;
  served: Served;
} {
  const sandbox = createSandbox({
    seed: 11,
    studyCount: 1,
    recordsPerStudy: 300,
    jobDurationMs: 0,
    ...options,
  });
  const served: Served = { requests: 0, records: 0, urls: [] };
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: new URL(sandbox.baseUrl).origin,
    allowInsecure: true,
    retryDelay: 1,
    env: {},
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await sandbox.fetch(request);
      served.requests++;
      served.urls.push(new URL(request.url));
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/records')) {
        const body = (await response.clone().json()) as { data?: unknown[] };
        served.records += body.data?.length ?? 0;
      }
      return rewrite ? rewrite(request, response) : response;
    },
  });
  return { client, sandbox, studyKey: sandbox.studyKeys[0]!, served };
}

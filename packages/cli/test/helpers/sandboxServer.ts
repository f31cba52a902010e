import { createSandbox, type Sandbox, type SandboxOptions } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

/** Keys the tests hand to the CLI; none of them may ever appear in its output. */
export const API_KEY = 'SECRET-KEY-XYZ-API-1234';
export const SECURITY_KEY = 'SECRET-KEY-XYZ-SEC-5678';
export const SECRET_MARK = 'SECRET-KEY-XYZ';

/** A sandbox served on 127.0.0.1 with the test keys. */
export interface ServedSandbox {
  sandbox: Sandbox;
  url: string;
  /** The environment that points the CLI at it. */
  env: Record<string, string>;
  requests(): number;
  close(): Promise<void>;
}

/** Starts a small sandbox (quick jobs) on a free port of 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<ServedSandbox> {
  const sandbox = createSandbox({
    recordsPerStudy: 120,
    jobDurationMs: 50,
    ...options,
    credentials: { apiKey: API_KEY, securityKey: SECURITY_KEY },
  });
  const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  return {
    sandbox,
    url: server.url,
    env: {
      IMEDNET_API_KEY: API_KEY,
      IMEDNET_SECURITY_KEY: SECURITY_KEY,
      IMEDNET_BASE_URL: server.url,
    },
    requests: () => server.requests(),
    async close() {
      await server.close();
      sandbox.close();
    },
  };
}

import { type Client, createClient, isConfigurationError, redactSecrets } from '@imednet/core';
import type { SandboxOptions } from '@imednet/sandbox';
import type { CliContext } from '../cli/context.ts';
import { UsageError } from '../cli/usageError.ts';
import { createVerboseHooks } from './createVerboseHooks.ts';

/** A client for one command, and how to release what it holds. */
export interface CliClient {
  client: Client;
  /** True when it talks to an in-process sandbox. */
  sandbox: boolean;
  close(): void;
}

/**
 * Builds the client a command works with: with --sandbox, one wired to an in-process
 * sandbox through an injected `fetch` (no socket, no credentials); otherwise one from the
 * environment and `.env` (IMEDNET_API_KEY, IMEDNET_SECURITY_KEY, IMEDNET_BASE_URL) and
 * --base-url. Requests are logged with --verbose.
 *
 * @throws UsageError when core refuses the --base-url given; ConfigurationError (from core)
 *   when the keys are missing or IMEDNET_BASE_URL is refused
 * @example
 * const { client, close } = await createCliClient(context);
 */
export async function createCliClient(
  context: CliContext,
  sandboxOptions: SandboxOptions = {},
): Promise<CliClient> {
  if (context.flags.sandbox) {
    if (context.flags.baseUrl !== undefined) {
      context.out.error('imednet: warning: --base-url is ignored with --sandbox\n');
    }
    return createSandboxClient(context, sandboxOptions);
  }
  let client: Client;
  try {
    client = createClient({
      env: context.env,
      hooks: createVerboseHooks(context.out),
      ...(context.flags.baseUrl === undefined ? {} : { baseUrl: context.flags.baseUrl }),
      ...(context.flags.allowInsecure ? { allowInsecure: true } : {}),
    });
  } catch (error) {
    // A base URL refused by core is the command line's mistake when --base-url gave it.
    if (context.flags.baseUrl !== undefined && isBaseUrlError(error)) {
      throw new UsageError(
        `--base-url: ${(error as Error).message.replace(/\ballowInsecure\b/g, '--allow-insecure')}`,
        context.commandPath,
      );
    }
    throw error;
  }
  context.out.addRedactor((text) => redactSecrets(client, text));
  return { client, sandbox: false, close() {} };
}

function isBaseUrlError(error: unknown): boolean {
  return isConfigurationError(error) && /base ?url/i.test(error.message);
}

/**
 * A client on a fresh in-process sandbox.
 *
 * @throws Error when the sandbox package cannot be loaded
 * @example
 * const { client } = await createSandboxClient(context, { jobDurationMs: 200 });
 */
export async function createSandboxClient(
  context: CliContext,
  sandboxOptions: SandboxOptions = {},
): Promise<CliClient> {
  const { createSandbox } = await import('@imednet/sandbox');
  const sandbox = createSandbox(sandboxOptions);
  context.out.addSecret(sandbox.credentials.apiKey);
  context.out.addSecret(sandbox.credentials.securityKey);
  const client = createClient({
    apiKey: sandbox.credentials.apiKey,
    securityKey: sandbox.credentials.securityKey,
    baseUrl: sandbox.baseUrl,
    // The sandbox's own host name is not loopback, but nothing leaves the process.
    allowInsecure: true,
    fetch: sandbox.fetch,
    hooks: createVerboseHooks(context.out),
    env: {},
  });
  context.out.addRedactor((text) => redactSecrets(client, text));
  return { client, sandbox: true, close: () => sandbox.close() };
}

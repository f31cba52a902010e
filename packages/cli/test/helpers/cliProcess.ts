import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI, as `pnpm demo` and users run it. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** What a finished CLI process left. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCliProcess}. */
export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/**
 * Runs `node dist/bin.js ...args` with a clean environment (no IMEDNET_* from the machine,
 * no colours) plus `env`, and collects its output. A run that finds dist/ folders being
 * rebuilt or node_modules being reinstalled (a module missing, as happens while other work
 * builds in the same tree) is repeated: it failed while loading, before doing anything.
 * Pipeline runs are not repeated: their tests expect missing modules.
 */
export async function runCliProcess(
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await startCliProcess(args, options).done;
    const rebuilding =
      /Cannot find (module|package) '[^']*'|ENOENT[^\n]*\/dist\//.test(result.stderr) &&
      !args.includes('pipeline');
    if (!rebuilding || attempt >= 20) return result;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

/** Like {@link runCliProcess}, with the child process at hand (to send it signals). */
export function startCliProcess(
  args: readonly string[],
  options: RunOptions = {},
): { child: ChildProcess; done: Promise<CliResult>; stdout(): string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(options.env ?? {}))
    if (value !== undefined) env[key] = value;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const done = new Promise<CliResult>((resolve, reject) => {
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

/** Polls `condition` every 20 ms until it holds; rejects after `limitMs`. */
export async function waitUntil(condition: () => boolean, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

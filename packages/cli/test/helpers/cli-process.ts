import { spawn } from 'node:child_process';
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
  /** Called with each stdout chunk; may kill the child (e.g. SIGINT once it has started). */
  onStdout?: (chunk: string, child: import('node:child_process').ChildProcess) => void;
}

/**
 * Runs `node dist/bin.js ...args` with a clean environment (no IMEDNET_* from the machine,
 * no colours) plus `env`, and collects its output.
 */
export function runCliProcess(
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(options.env ?? {}))
    if (value !== undefined) env[key] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk, child);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

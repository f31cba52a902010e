import { type ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The redis-server binary, or null (with the hint printed once) when it is missing outside CI. */
export function findRedis(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    if (process.env.CI) throw new Error('redis-server is required in CI (.ci/run installs it)');
    console.warn('bullmq tests skipped: no redis-server (apt-get install -y redis-server)');
    return null;
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throwaway Redis on a free loopback port, no persistence; `stop` kills it by its pid. */
export async function startRedis(binary: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => child.kill('SIGKILL'),
  };
}

const workerScript = fileURLToPath(new URL('./fixtures/worker.mjs', import.meta.url));

/** A worker in its own process, with the sandbox's keys in its own environment. */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(workerScript, [], {
    env: { ...process.env, ...env },
    execArgv: [], // not vitest's: the worker runs the built packages, as a user's would
    cwd: fileURLToPath(new URL('..', import.meta.url)), // resolves @imednet/export from here
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return child;
}

export const pipelines = fileURLToPath(new URL('./fixtures/pipelines.mjs', import.meta.url));

import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

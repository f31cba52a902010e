import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findSystemBinary } from './systemBinary.ts';

/** The redis-server binary, or null (tests skip) when it is missing outside CI. */
export function findRedis(): string | null {
  return findSystemBinary('redis-server', 'Redis tests');
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A running throwaway Redis. */
export interface TestRedis {
  url: string;
  /** Kills it by its pid. */
  stop(): void;
}

/** Starts a throwaway Redis on a free loopback port, with no persistence. */
export async function startRedis(binary: string): Promise<TestRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

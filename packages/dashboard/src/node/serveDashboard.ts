import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Dashboard } from '../createDashboard.ts';

/** Where {@link serveDashboard} listens. */
export interface ServeOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default `127.0.0.1`: only this machine can open the pages. */
  readonly host?: string;
}

/** A dashboard served over HTTP. */
export interface ServedDashboard {
  /** e.g. `http://127.0.0.1:8080/` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a dashboard's fetch handler with Node's HTTP server (through `@hono/node-server`).
 *
 * @throws {Error} when the port cannot be bound (`EADDRINUSE`, ...)
 * @example
 * const served = await serveDashboard(createDashboard({ source }), { port: 8080 });
 * console.log(served.url);
 */
export async function serveDashboard(
  dashboard: Dashboard,
  options: ServeOptions = {},
): Promise<ServedDashboard> {
  const host = options.host ?? '127.0.0.1';
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const server = serve(
    { fetch: (request) => dashboard.fetch(request), port: options.port ?? 0, hostname: host },
    () => listening(),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    ready.then(resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

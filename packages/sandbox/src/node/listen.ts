import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type RawServed,
  SERVE_RAW,
  type ServedRequest,
  type WithServeRaw,
} from '../internal/serveRaw.ts';
import type { Sandbox } from '../types.ts';

/** Where to listen. */
export interface ListenOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
}

/** A sandbox served over HTTP. */
export interface Listening {
  /** The base URL including `/api/v1/edc`, e.g. `http://127.0.0.1:41234/api/v1/edc`. */
  readonly url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
  /** Number of requests this listener received. */
  requests(): number;
  /** Number of TCP connections clients opened to it: one per client when they keep them alive. */
  connections(): number;
}

/** How long an idle connection stays open, announced in `Keep-Alive: timeout=`. */
const KEEP_ALIVE_MS = 30_000;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A GET or HEAD as serving reads it, straight from node:http: what a `Request` built from the
 * same message would give (node has already joined repeated headers with ", ").
 */
function bodilessRequest(req: IncomingMessage, url: string, signal: AbortSignal): ServedRequest {
  // Refused where `new Request` would refuse it (an unreadable URL, or one with credentials).
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') {
    throw new TypeError('Request cannot be constructed from a URL that includes credentials');
  }
  const request: ServedRequest = {
    method: req.method!,
    url: parsed.href,
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    signal,
    text: async () => '',
    clone: () => request,
  };
  return request;
}

function fetchRequest(
  req: IncomingMessage,
  url: string,
  signal: AbortSignal,
  body: Buffer | undefined,
): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    body: body ? new Uint8Array(body) : undefined,
    signal,
  });
}

/** The raw answer of a sandbox that has no raw serving function (made elsewhere). */
async function serveThrough(sandbox: Sandbox, request: Request): Promise<RawServed> {
  const served = await sandbox.serve(request);
  const headers: Record<string, string> = {};
  served.response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return {
    status: served.response.status,
    headers,
    body: [served.body],
    fault: served.fault,
    slowBodyMs: served.slowBodyMs,
  };
}

/**
 * Serves a sandbox on a local port, acting out its transport faults for real: a reset
 * destroys the socket, a truncated body stops half way and closes the connection, a slow
 * body pauses half way.
 *
 * @throws {Error} when the port cannot be bound (the server's `error` event).
 * @example
 * const server = await listen(createSandbox(), { host: '127.0.0.1', port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234/api/v1/edc
 * await server.close();
 */
export async function listen(sandbox: Sandbox, options: ListenOptions = {}): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let count = 0;
  let connections = 0;
  // A sandbox made by createSandbox gives its bytes without a Response; a request with a
  // body still goes in as a fetch Request (a records POST clones and reads it).
  const serveRaw = (sandbox as Sandbox & WithServeRaw)[SERVE_RAW];
  const serveWith = (
    req: IncomingMessage,
    url: string,
    signal: AbortSignal,
    body: Buffer | undefined,
  ): Promise<RawServed> => {
    const request = fetchRequest(req, url, signal, body);
    return serveRaw ? serveRaw(request) : serveThrough(sandbox, request);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    count++;
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
    const bodiless = req.method === 'GET' || req.method === 'HEAD';
    const served =
      serveRaw && bodiless
        ? await serveRaw(bodilessRequest(req, url, controller.signal))
        : await serveWith(req, url, controller.signal, bodiless ? undefined : await readBody(req));
    if (served.fault === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    // Views of the served bytes, not copies.
    const parts = served.body.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength));
    let length = 0;
    for (const part of parts) length += part.length;
    res.writeHead(served.status, { ...served.headers, 'content-length': String(length) });
    if (!served.fault) {
      // Corked, the head and every part leave in one write.
      res.cork();
      for (const part of parts) res.write(part);
      res.end();
      return;
    }
    const bytes = Buffer.concat(parts, length);
    const half = Math.floor(bytes.length / 2);
    res.write(bytes.subarray(0, half));
    if (served.fault === 'truncate') {
      // Flush the first half, then cut the connection: the client sees fewer bytes than promised.
      res.once('drain', () => req.socket.destroy());
      setImmediate(() => req.socket.destroy());
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      res.end(bytes.subarray(half));
    }, served.slowBodyMs);
    timers.add(timer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"metadata":{"status":"ERROR","error":{"message":"Internal sandbox error."}}}');
      } else res.destroy();
    });
  });
  // Node's fetch (undici) drops a connection whose announced keep-alive is under about 2 s,
  // so `timeout=1` made every request open a new connection. Idle sockets are closed by
  // close() anyway.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/api/v1/edc`,
    requests: () => count,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

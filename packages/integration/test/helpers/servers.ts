// Local servers for the cross-package tests: the sandbox on 127.0.0.1 and a small proxy in
// front of it that can answer chosen requests itself (a 503, an echo of the keys, ...).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

export interface RunningSandbox {
  sandbox: Sandbox;
  url: string;
  close(): Promise<void>;
}

/** Starts a sandbox listening on 127.0.0.1 (a free port). */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  return {
    sandbox,
    url: server.url,
    async close() {
      await server.close();
      sandbox.close();
    },
  };
}

/** What a proxy hook may answer instead of forwarding: status, headers and body. */
export interface ProxyAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface ProxyRequest {
  seq: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface RunningProxy {
  /** Same shape as the upstream URL: ends in `/api/v1/edc`. */
  url: string;
  seen: ProxyRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const HOP_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'content-encoding',
]);

async function forward(upstream: URL, req: ProxyRequest, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (HOP_HEADERS.has(key) || value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const answer = await fetch(`${upstream.origin}${req.path}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
  });
  const body = Buffer.from(await answer.arrayBuffer());
  const out: Record<string, string> = {};
  answer.headers.forEach((value, key) => {
    if (!HOP_HEADERS.has(key)) out[key] = value;
  });
  out['content-length'] = String(body.length);
  res.writeHead(answer.status, out);
  res.end(body);
}

/**
 * A 127.0.0.1 proxy to `upstreamUrl`. `answer` sees each request first and may answer it
 * itself; when it returns undefined the request goes upstream unchanged.
 */
export async function startProxy(
  upstreamUrl: string,
  answer: (req: ProxyRequest) => ProxyAnswer | undefined,
): Promise<RunningProxy> {
  const upstream = new URL(upstreamUrl);
  const seen: ProxyRequest[] = [];
  const server = createServer((req, res) => {
    (async () => {
      const entry: ProxyRequest = {
        seq: seen.length + 1,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: await readBody(req),
      };
      seen.push(entry);
      const own = answer(entry);
      if (own) {
        res.writeHead(own.status, { 'content-type': 'application/json', ...own.headers });
        res.end(own.body ?? '');
        return;
      }
      await forward(upstream, entry, res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The spec's error envelope, as the API sends it with a 4xx or 5xx status. */
export function errorEnvelope(status: number, message: string): string {
  return JSON.stringify({
    metadata: {
      status: 'ERROR',
      method: 'GET',
      path: '/',
      timestamp: '2024-01-01 00:00:00',
      error: { code: String(status), message },
    },
  });
}

/** Every record id of a study, read straight from the sandbox's fetch handler (no SDK). */
export async function recordIdsOf(sandbox: Sandbox, studyKey: string): Promise<number[]> {
  const ids: number[] = [];
  const headers = {
    'x-api-key': sandbox.credentials.apiKey,
    'x-imn-security-key': sandbox.credentials.securityKey,
  };
  for (let page = 0; ; page++) {
    const res = await sandbox.fetch(
      `${sandbox.baseUrl}/studies/${studyKey}/records?page=${page}&size=500`,
      { headers },
    );
    const body = (await res.json()) as {
      data: { recordId: number }[];
      pagination: { totalPages: number };
    };
    for (const r of body.data) ids.push(r.recordId);
    if (page + 1 >= body.pagination.totalPages) return ids;
  }
}

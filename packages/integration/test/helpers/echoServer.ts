// A hostile 127.0.0.1 server: every answer repeats the keys it received, in its body and in
// its headers. What it answers depends on the study key in the path (S401, S500, ...).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoServer {
  url: string;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const STUDIES = ['SOK', 'S500'];

function keysOf(req: IncomingMessage): string {
  return `api=${req.headers['x-api-key']} security=${req.headers['x-imn-security-key']} auth=${req.headers.authorization}`;
}

function envelope(status: number, req: IncomingMessage): string {
  const keys = keysOf(req);
  return JSON.stringify({
    metadata: {
      status: 'ERROR',
      method: req.method,
      path: req.url,
      timestamp: '2024-01-01 00:00:00',
      error: {
        code: String(status),
        message: `refused ${keys}`,
        description: `refused ${keys}`,
        field: { attribute: 'x-api-key', value: keys },
      },
    },
    echo: req.headers,
  });
}

function page(data: unknown[]): string {
  return JSON.stringify({
    metadata: {
      status: 'OK',
      method: 'GET',
      path: '/',
      timestamp: '2024-01-01 00:00:00',
      error: {},
    },
    pagination: { currentPage: 0, size: 100, totalPages: 1, totalElements: data.length, sort: [] },
    data,
  });
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const keys = keysOf(req);
  const headers = {
    'content-type': 'application/json',
    'x-echo-keys': keys,
    'www-authenticate': `Key realm="${keys}"`,
  };
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const study = /\/studies\/([^/]+)/.exec(path)?.[1];
  const send = (status: number, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers, ...extra });
    res.end(body);
  };
  if (/\/studies\/?$/.test(path)) {
    send(200, page(STUDIES.map((studyKey) => ({ studyKey, studyName: `name ${studyKey}` }))));
    return;
  }
  switch (study) {
    case 'S401':
    case 'S403':
    case 'S404':
      send(Number(study.slice(1)), envelope(Number(study.slice(1)), req));
      return;
    case 'S500':
      // Retry-After 0: clients with their default backoff (the CLI's) retry at once.
      send(500, envelope(500, req), { 'retry-after': '0' });
      return;
    case 'S429':
      send(429, envelope(429, req), { 'retry-after': '0' });
      return;
    case 'SRESET':
      req.socket.destroy();
      return;
    case 'SSLOW': {
      const timer = setTimeout(() => send(200, page([])), 2000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'SBAD':
      send(200, page([{ recordId: 'not a number', studyKey: 'SBAD' }]));
      return;
    case 'SBADKEY':
      // A record whose fields hold the keys where numbers and dates belong.
      send(200, page([{ recordId: keys, dateCreated: keys, studyKey: 'SBADKEY' }]));
      return;
    case 'SJOB':
      send(
        200,
        JSON.stringify({
          jobId: 'J1',
          batchId: 'B1',
          state: 'FAILED',
          dateCreated: '2024-01-01 00:00:00',
        }),
      );
      return;
    case 'SJOBKEY':
      send(
        200,
        JSON.stringify({
          jobId: keys,
          batchId: 'B1',
          state: 'FAILED',
          dateCreated: '2024-01-01 00:00:00',
          resultUrl: `https://x.invalid/${keys}`,
          message: `failed for ${keys}`,
        }),
      );
      return;
    default:
      send(200, page([]));
  }
}

/** Starts the echo server on a free 127.0.0.1 port. */
export async function startEchoServer(): Promise<EchoServer> {
  const requests: { method: string; path: string }[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '' });
    req.resume();
    req.on('end', () => answer(req, res));
  });
  server.keepAliveTimeout = 200;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/edc`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The built core, resources, jobs and orchestrator, unchanged, in two edge runtimes: the real
// Cloudflare Workers runtime (workerd) and Vercel's Edge emulation (@edge-runtime/vm). Each
// lists a study page by page against the sandbox on 127.0.0.1, through a proxy that answers
// the second records page with one 503 first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EdgeVM } from '@edge-runtime/vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from './helpers/bundle.ts';
import {
  errorEnvelope,
  type RunningProxy,
  type RunningSandbox,
  recordIdsOf,
  startProxy,
  startSandbox,
} from './helpers/servers.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PAGE_SIZE = 25;

interface EdgeResult {
  hasProcess: boolean;
  hasRequire: boolean;
  studies: string[];
  outcome: string;
  error: string | null;
  ids: number[];
  totalPages: number | null;
  siteCount: number;
  jobError: string | null;
  jobState: string;
  retries: { attempt: number; status: number | null }[];
  responses: number;
}

let sandbox: RunningSandbox;
let studyKey: string;
let expectedIds: number[];

/** A proxy whose second GET of a records page answers 503 once. */
async function proxyWithOne503(): Promise<RunningProxy> {
  // Each run adds a record (its job), so the expected ids are read just before it.
  expectedIds = await recordIdsOf(sandbox.sandbox, studyKey);
  expect(expectedIds.length).toBeGreaterThan(2 * PAGE_SIZE);
  let recordsPages = 0;
  return startProxy(sandbox.url, (req) => {
    if (req.method !== 'GET' || !/\/records\?/.test(req.path)) return undefined;
    recordsPages++;
    if (recordsPages !== 2) return undefined;
    return { status: 503, body: errorEnvelope(503, 'Service unavailable') };
  });
}

function checkResult(result: EdgeResult, proxy: RunningProxy): void {
  expect(result.hasProcess).toBe(false);
  expect(result.hasRequire).toBe(false);
  expect(result.studies).toEqual([...sandbox.sandbox.studyKeys]);
  expect(result.error).toBeNull();
  expect(result.outcome).toBe('SUCCESS');
  expect(result.ids).toEqual(expectedIds);
  expect(result.totalPages).toBe(Math.ceil(expectedIds.length / PAGE_SIZE));
  expect(result.retries).toEqual([{ attempt: 1, status: 503 }]);
  expect(result.siteCount).toBeGreaterThan(0);
  expect(result.jobError).toBe('NOT_FOUND');
  expect(['COMPLETED', 'SUCCESS']).toContain(result.jobState.toUpperCase());
  // Every page went through the proxy, plus the one refused attempt.
  const recordGets = proxy.seen.filter((r) => /\/records\?/.test(r.path));
  expect(recordGets).toHaveLength((result.totalPages ?? 0) + 1);
}

function argsFor(proxy: RunningProxy) {
  return {
    baseUrl: proxy.url,
    apiKey: sandbox.sandbox.credentials.apiKey,
    securityKey: sandbox.sandbox.credentials.securityKey,
    studyKey,
    pageSize: PAGE_SIZE,
  };
}

beforeAll(async () => {
  sandbox = await startSandbox({ studyCount: 2, recordsPerStudy: 120, seed: 7, jobDurationMs: 30 });
  studyKey = sandbox.sandbox.studyKeys[0] as string;
});

afterAll(async () => {
  await sandbox?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function fetchWhenUp(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe('workerd', () => {
  it('lists a study with paging and one retried 503', async () => {
    const worker = await bundleFixture(
      `import { run } from './edgeApp.mjs';
       export default {
         async fetch(request) {
           const args = JSON.parse(new URL(request.url).searchParams.get('args'));
           try { return Response.json(await run(args)); }
           catch (e) { return new Response(String(e && e.stack || e), { status: 500 }); }
         },
       };`,
      'esm',
    );
    const proxy = await proxyWithOne503();
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'imednet-workerd-'));
    writeFileSync(join(dir, 'worker.js'), worker);
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .app),
    (name = "net", network = (allow = ["local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const app :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2024-09-23",
  globalOutbound = "net",
);
`,
    );
    const child = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', 'config.capnp'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const query = encodeURIComponent(JSON.stringify(argsFor(proxy)));
      const res = await fetchWhenUp(`http://127.0.0.1:${port}/?args=${query}`, Date.now() + 20_000);
      const text = await res.text();
      expect(res.status, `${text}\n${stderr}`).toBe(200);
      checkResult(JSON.parse(text) as EdgeResult, proxy);
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
      await proxy.close();
    }
  });
});

describe('@edge-runtime/vm', () => {
  it('lists a study with paging and one retried 503', async () => {
    const proxy = await proxyWithOne503();
    try {
      const code = await bundleFixture(`export { run } from './edgeApp.mjs';`, 'iife', 'edgeApp');
      const vm = new EdgeVM();
      expect(vm.evaluate('typeof process + typeof require')).toBe('undefinedundefined');
      vm.evaluate(code);
      const json = await vm.evaluate<Promise<string>>(
        `edgeApp.run(${JSON.stringify(argsFor(proxy))}).then((r) => JSON.stringify(r))`,
      );
      checkResult(JSON.parse(json) as EdgeResult, proxy);
    } finally {
      await proxy.close();
    }
  });
});

import { fileURLToPath } from 'node:url';
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));

// The whole stack an edge function would run: the sandbox's fetch handler (no Node), a
// client on it, the dashboard's handler, every page rendered with its charts.
const ENTRY = `
import { createClient } from '@imednet/core';
import { createSandbox } from '@imednet/sandbox';
import { apiSource, createDashboard } from './src/index.ts';
export async function renderAll() {
  const sandbox = createSandbox({ seed: 2, studyCount: 1, recordsPerStudy: 100 });
  const client = createClient({ ...sandbox.credentials, baseUrl: sandbox.baseUrl,
    fetch: sandbox.fetch, allowInsecure: true, env: {} });
  const dashboard = createDashboard({ source: apiSource(client) });
  const key = sandbox.studyKeys[0];
  const out = [];
  for (const page of ['overview', 'queries', 'enrollment', 'sites', 'completeness', 'records']) {
    const response = await dashboard.fetch(new Request('http://edge/studies/' + key + '/' + page));
    const html = await response.text();
    out.push({ page, status: response.status, svg: html.includes('<svg') });
  }
  sandbox.close();
  return out;
}`;

describe('the fetch handler on an edge runtime (@edge-runtime/vm)', () => {
  it('bundles without Node built-ins and renders every page with its charts', async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: here, loader: 'ts', sourcefile: 'edge.ts' },
      bundle: true,
      format: 'iife',
      globalName: 'edgeApp',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['@imednet/source', 'import'],
      write: false,
      metafile: true,
      // ECharts reads process.env.NODE_ENV for its dev checks: edge bundlers (wrangler,
      // Vercel) define it, as here.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter(
        (path) => path.startsWith('node:') || /better-sqlite3|hono\/node-server/.test(path),
      ),
    ).toEqual([]);
    const vm = new EdgeVM();
    expect(vm.evaluate('typeof process + typeof require')).toBe('undefinedundefined');
    vm.evaluate(result.outputFiles[0]!.text);
    const pages = JSON.parse(
      await vm.evaluate<Promise<string>>('edgeApp.renderAll().then((r) => JSON.stringify(r))'),
    ) as { page: string; status: number; svg: boolean }[];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(pages.filter((p) => p.svg).map((p) => p.page)).toEqual([
      'overview',
      'queries',
      'enrollment',
      'sites',
      'completeness',
    ]);
  });
});

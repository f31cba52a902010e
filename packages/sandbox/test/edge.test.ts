import { fileURLToPath } from 'node:url';
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

// The root entry must run on edge runtimes: bundle it and run it in Vercel's Edge VM, which has
// fetch, Request and Response but no process, Buffer or require.
test('createSandbox answers requests inside an edge runtime', async () => {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sandboxModule',
    platform: 'neutral',
    target: 'es2022',
  });
  const vm = new EdgeVM();
  expect(vm.evaluate('typeof process')).toBe('undefined');
  vm.evaluate(bundled.outputFiles[0]!.text);
  const result = await vm.evaluate(`(async () => {
    const sandbox = sandboxModule.createSandbox({ seed: 2, recordsPerStudy: 40 });
    const headers = {
      'x-api-key': sandbox.credentials.apiKey,
      'x-imn-security-key': sandbox.credentials.securityKey,
    };
    const list = await sandbox.fetch(sandbox.baseUrl + '/studies/PHARMADEMO/records?size=5&filter=formKey==DM', { headers });
    const posted = await sandbox.fetch(sandbox.baseUrl + '/studies/PHARMADEMO/records', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify([{ formKey: 'DM', subjectKey: '01-001', data: { SEX: 'F' } }]),
    });
    return { status: list.status, body: await list.json(), posted: posted.status };
  })()`);
  expect(result.status).toBe(200);
  expect(result.posted).toBe(202);
  expect(result.body.data.every((r: { formKey: string }) => r.formKey === 'DM')).toBe(true);
  expect(result.body.pagination.totalElements).toBeGreaterThan(0);
});

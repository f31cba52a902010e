import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Bundles `contents` as an edge bundler would (neutral platform: no Node built-ins). */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@imednet/source'],
    mainFields: ['module', 'main'],
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('bundling @imednet/plugins', () => {
  it('runs nothing on import: a bare import bundles to nothing', async () => {
    expect((await bundle("import '@imednet/plugins';")).trim()).toBe('');
  });

  it('keeps only what is imported, and needs no Node built-in', async () => {
    const guard = await bundle(
      "import { isWorkflowsNamespace } from '@imednet/plugins'; export { isWorkflowsNamespace };",
    );
    const loader = await bundle(
      "import { loadWorkflows } from '@imednet/plugins'; export { loadWorkflows };",
    );
    expect(guard).not.toContain('is not installed');
    expect(loader).toContain('is not installed');
    // the optional peer is never bundled: it is imported through a variable at run time
    expect(loader).not.toContain('extractAuditTrail');
  });
});

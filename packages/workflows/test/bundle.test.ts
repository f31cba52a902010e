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

describe('bundling @imednet/workflows', () => {
  it('runs nothing on import: a bare import bundles to nothing', async () => {
    expect((await bundle("import '@imednet/workflows';")).trim()).toBe('');
  });

  it('keeps only what is imported, and needs no Node built-in', async () => {
    const one = await bundle(
      "import { getQueryStateCounts } from '@imednet/workflows'; export { getQueryStateCounts };",
    );
    const all = await bundle("import * as w from '@imednet/workflows'; export { w };");
    // the date check of record validation and the audit trail's errors are not pulled in
    expect(one).not.toContain('DD-MMM-YYYY');
    expect(one).not.toContain('from/to');
    expect(all).toContain('DD-MMM-YYYY');
    expect(one.length).toBeLessThan(all.length * 0.7);
  });
});

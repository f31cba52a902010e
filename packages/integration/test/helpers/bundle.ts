// Bundles a test fixture from the BUILT packages (no `@imednet/source` condition), the way an
// edge deployment would: esbuild, platform neutral.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Returns the bundle's text: `esm` for workerd, `iife` (global `globalName`) for the VM. */
export async function bundleFixture(
  code: string,
  format: 'esm' | 'iife',
  globalName?: string,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bundleOnce(code, format, globalName);
    } catch (error) {
      // A sibling's dist being rebuilt in the same tree: wait and try again.
      if (!/Could not resolve/.test(String(error)) || attempt >= 6) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}

async function bundleOnce(
  code: string,
  format: 'esm' | 'iife',
  globalName?: string,
): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: `${root}test/fixtures`, loader: 'js' },
    bundle: true,
    format,
    globalName,
    platform: 'neutral',
    // A neutral build has no main fields; dependencies are found through `exports`.
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no output');
  return output.text;
}

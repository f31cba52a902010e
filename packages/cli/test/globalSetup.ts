// The CLI tests run the built `imednet` (dist/bin.js) as a child process, and the built CLI
// imports the other packages' dist folders. Build this package when its dist is missing or
// older than its sources, and a sibling only when its dist is missing (rebuilding a sibling
// would empty its dist under its own running tests). The root `pnpm test` builds everything
// first, so there this costs a few stat calls.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Dependencies before dependents.
const PACKAGES = [
  'core',
  'resources',
  'jobs',
  'orchestrator',
  'plugins',
  'workflows',
  'export',
  'codegen',
  'sandbox',
  'sync',
  'cli',
];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    const built = join(dir, 'dist', 'index.js');
    const missing =
      !existsSync(built) || (name === 'cli' && !existsSync(join(dir, 'dist', 'bin.js')));
    if (missing || (name === 'cli' && newestSource(join(dir, 'src')) > statSync(built).mtimeMs)) {
      execFileSync(process.execPath, [join(root, 'node_modules/tsdown/dist/run.mjs')], {
        cwd: dir,
        stdio: 'ignore',
      });
    }
  }
}

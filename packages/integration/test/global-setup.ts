// The edge-runtime tests and the child-process checks run the BUILT packages. `pnpm test`
// builds first; a lone run of this project builds only when some dist is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = [
  'core',
  'resources',
  'jobs',
  'orchestrator',
  'sandbox',
  'workflows',
  'plugins',
  'export',
  'cli',
];

export default function setup(): void {
  const missing = PACKAGES.filter((p) => !existsSync(`${root}packages/${p}/dist/index.js`));
  if (missing.length === 0) return;
  const run = spawnSync(
    'pnpm',
    ['-r', ...missing.flatMap((p) => ['--filter', `@imednet/${p}`]), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (run.status !== 0) throw new Error(`building ${missing.join(', ')} failed`);
}

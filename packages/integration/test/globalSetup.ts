// The edge-runtime tests and the child-process checks run the BUILT packages. `pnpm test`
// builds first; a lone run of this project builds what is missing. A dist missing for a few
// seconds is usually a sibling being rebuilt in the same tree: wait for it before building.
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

const missing = () => PACKAGES.filter((p) => !existsSync(`${root}packages/${p}/dist/index.js`));

export default async function setup(): Promise<void> {
  for (let waited = 0; missing().length > 0 && waited < 30_000; waited += 2000) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const absent = missing();
  if (absent.length === 0) return;
  const filters = absent.flatMap((p) => ['--filter', `@imednet/${p}`]);
  const run = spawnSync('pnpm', ['-r', ...filters, 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`building ${absent.join(', ')} failed`);
}

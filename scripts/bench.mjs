#!/usr/bin/env node
// Runs every `bench/*.bench.mjs` file found in the packages, one child process each, so one
// benchmark's memory never colours another's. Each prints its own table.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
let failures = 0;
for (const pkg of readdirSync(`${root}packages`)) {
  const dir = `${root}packages/${pkg}/bench`;
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    if (only && !`${pkg}/${file}`.includes(only)) continue;
    console.log(`\n## ${pkg}/${file}`);
    const run = spawnSync(process.execPath, ['--expose-gc', `${dir}/${file}`], {
      cwd: root,
      stdio: 'inherit',
    });
    if (run.status !== 0) failures++;
  }
}
process.exit(failures ? 1 : 0);

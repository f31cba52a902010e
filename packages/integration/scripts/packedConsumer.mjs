#!/usr/bin/env node
// The consumer project (../consumer) compiled the way an app outside this repository would
// meet the packages: every published package packed with `pnpm pack` (workspace ranges and
// publishConfig applied), installed from those tarballs into a temporary folder outside the
// workspace, then `tsc` with skipLibCheck false, node16 and bundler resolution. A package
// whose .d.ts imports types it does not declare as a dependency fails here (TS7016).
// Exits 1 on failure; the temporary folder is removed either way.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = fileURLToPath(new URL('../', import.meta.url));
const rootJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpm = process.env.npm_execpath?.includes('pnpm') ? process.env.npm_execpath : 'pnpm';

function run(command, args, cwd) {
  const isJs = command.endsWith('.js') || command.endsWith('.cjs') || command.endsWith('.mjs');
  const result = spawnSync(isJs ? process.execPath : command, isJs ? [command, ...args] : args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter((p) => !p.json.private);

const work = mkdtempSync(join(tmpdir(), 'imednet-consumer-'));
try {
  const tarballs = join(work, 'tarballs');
  const files = {};
  for (const p of packages) {
    if (!existsSync(join(p.dir, 'dist')))
      throw new Error(`${p.json.name}: no dist, run pnpm build`);
    const out = run(pnpm, ['pack', '--pack-destination', tarballs], p.dir).trim().split('\n');
    files[p.json.name] = `file:${out.at(-1).trim()}`;
  }
  // An optional peer the consumer uses (@imednet/export/duckdb), as an app would add it.
  const exportJson = packages.find((p) => p.json.name === '@imednet/export')?.json;
  const app = join(work, 'app');
  cpSync(join(here, 'consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify(
      {
        name: 'imednet-consumer',
        private: true,
        type: 'module',
        dependencies: {
          ...files,
          '@duckdb/node-api': exportJson?.devDependencies?.['@duckdb/node-api'],
        },
        devDependencies: { '@types/node': rootJson.devDependencies['@types/node'] },
      },
      null,
      2,
    )}\n`,
  );
  // The tarballs depend on each other by version, which no registry serves: point them here.
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(files)
      .map(([name, spec]) => `  '${name}': '${spec}'\n`)
      .join('')}`,
  );
  // Types only: no install scripts (no native build of better-sqlite3 for a compile).
  run(pnpm, ['install', '--ignore-scripts', '--prefer-offline', '--reporter=silent'], app);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
    run(tsc, ['-p', config], app);
  }
  console.log(
    `packed consumer: ${packages.length} tarballs installed outside the workspace; tsc (node16, bundler) ok`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

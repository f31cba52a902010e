#!/usr/bin/env node
// Package quality, on the built packages: the README examples type-checked
// (scripts/checkReadmeBlocks.mjs), every export explained in its README
// (scripts/exportsReference.mjs), publint --strict and are-the-types-wrong (esm-only
// profile) on every published package, then a strict consumer project compiled against the
// built .d.ts (node16 and bundler resolution, without the @imednet/source condition), in the
// workspace and from the packed tarballs installed outside it (scripts/packedConsumer.mjs).
// Prints a table; exits 1 when anything fails.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

const packages = readdirSync(`${root}packages`)
  .filter((name) => existsSync(`${root}packages/${name}/package.json`))
  .map((name) => ({
    name,
    dir: `${root}packages/${name}`,
    json: JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')),
  }))
  .filter((p) => !p.json.private);

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.once('exit', (code) => resolve({ code, out }));
    child.once('error', (error) => resolve({ code: -1, out: String(error) }));
  });
}

const checks = [];
for (const p of packages) {
  if (!existsSync(`${p.dir}/dist/index.js`)) {
    checks.push({
      name: `${p.json.name} built`,
      run: async () => ({ code: 1, out: 'no dist: run pnpm build first' }),
    });
    continue;
  }
  checks.push({
    name: `publint --strict ${p.json.name}`,
    run: () => run(bin('publint'), ['--strict'], p.dir),
  });
  checks.push({
    name: `attw --pack --profile esm-only ${p.json.name}`,
    run: () =>
      run(bin('attw'), ['--pack', '--profile', 'esm-only', '--format', 'table-flipped'], p.dir),
  });
}
checks.push({
  name: 'every ```ts block of every README type-checks',
  run: () => run(process.execPath, ['scripts/checkReadmeBlocks.mjs'], here),
});
checks.push({
  name: 'every exported name is explained in its README',
  run: () => run(process.execPath, ['scripts/exportsReference.mjs'], here),
});
checks.push({
  name: 'consumer from packed tarballs (outside the workspace)',
  run: () => run(process.execPath, ['scripts/packedConsumer.mjs'], here),
});
for (const config of ['consumer/tsconfig.json', 'consumer/tsconfig.bundler.json']) {
  checks.push({ name: `tsc -p ${config}`, run: () => run(bin('tsc'), ['-p', config], here) });
}

// Two at a time: the machine is small and attw packs each package.
const results = new Array(checks.length);
let next = 0;
async function worker() {
  while (next < checks.length) {
    const i = next++;
    const started = Date.now();
    const r = await checks[i].run();
    results[i] = { ...r, seconds: ((Date.now() - started) / 1000).toFixed(1) };
  }
}
await Promise.all([worker(), worker()]);

let failed = 0;
for (const [i, r] of results.entries()) {
  if (r.code !== 0) {
    failed++;
    console.log(`\n--- ${checks[i].name} failed (exit ${r.code}):\n${r.out.trim()}`);
  }
}
const width = Math.max(...checks.map((c) => c.name.length));
console.log(`\n| ${'check'.padEnd(width)} | result | s    |`);
for (const [i, r] of results.entries()) {
  console.log(
    `| ${checks[i].name.padEnd(width)} | ${r.code === 0 ? 'ok    ' : 'FAIL  '} | ${r.seconds.padStart(4)} |`,
  );
}
console.log(`\nquality: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Runs every vitest project once and ends with the plain line CI reads: `N passed, N failed`.
// Vitest's own summary is not a format CI recognises, so the figures come from its JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = `${root}.vitest-results.json`;
rmSync(report, { force: true });

const vitest = `${root}node_modules/vitest/vitest.mjs`;
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  // A file that failed to load or whose hooks threw has no failed test of its own: count it once.
  for (const file of results.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0) failed += 1;
  }
} else {
  failed = 1;
}
const code = run.status ?? 1;
// A crashed run with no failing test still counts as a failure.
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);

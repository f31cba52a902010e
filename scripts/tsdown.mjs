// Builds the package in the working directory with tsdown's API rather than its command,
// which prints a Node 20 deprecation notice on every run (tsdown 0.21 works on Node 20; see
// toolchain.md). Quiet unless something goes wrong: no size report, no plugin timings,
// warnings and errors only, and a failure names its package.
import { readFileSync } from 'node:fs';
import { build } from 'tsdown';

try {
  await build({ logLevel: 'warn', report: false, checks: { pluginTimings: false } });
} catch (error) {
  const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${name}: build failed: ${message}\n`);
  process.exitCode = 1;
}

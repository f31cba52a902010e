import { execFileSync } from 'node:child_process';

/**
 * The chromium binary on the PATH, or null when it is missing outside CI (the caller's
 * tests skip; one line says how to install it). In CI a missing browser is an error.
 */
export function findChromium(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    if (process.env.CI) throw new Error('chromium is required in CI (.ci/run installs it)');
    console.warn('Browser tests skipped: no chromium on the PATH (apt-get install -y chromium)');
    return null;
  }
}

/** Flags for a headless Chromium that opens no connection of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

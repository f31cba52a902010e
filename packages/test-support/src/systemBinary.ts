import { execFileSync } from 'node:child_process';

/**
 * A binary that tests need from the system (Debian packages `.ci/run` installs), found on the
 * PATH; null when it is missing outside CI, after one line saying how to install it (the
 * caller's tests skip). In CI a missing binary is an error, not a skip.
 */
export function findSystemBinary(name: string, what: string, debianPackage = name): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    if (process.env.CI) throw new Error(`${name} is required in CI (.ci/run installs it)`);
    console.warn(`${what} skipped: no ${name} on the PATH (apt-get install -y ${debianPackage})`);
    return null;
  }
}

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../..', import.meta.url));

/** The source file a workspace import resolves to (through the `@imednet/source` condition). */
function resolveWorkspace(specifier: string): string | null {
  const match = /^@imednet\/([^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return null;
  const pkg = JSON.parse(readFileSync(join(PACKAGES, match[1]!, 'package.json'), 'utf8'));
  const entry = pkg.exports[`.${match[2] ?? ''}`];
  return join(PACKAGES, match[1]!, entry['@imednet/source']);
}

/** Every module the file loads statically, transitively, and the bare imports among them. */
function staticGraph(start: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    // Type-only imports and exports vanish at build time.
    const specifiers = [
      ...text.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms),
    ].map((m) => m[1]!);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else {
        const source = resolveWorkspace(specifier);
        if (source) visit(source);
        else bare.add(specifier);
      }
    }
  };
  visit(start);
  return { files, bare };
}

describe('entry points', () => {
  it('loads no Node built-in and no native module from the root entry', () => {
    const { files, bare } = staticGraph(join(PACKAGES, 'sync/src/index.ts'));
    expect(files.size).toBeGreaterThan(10);
    const forbidden = [...bare].filter(
      (s) =>
        s.startsWith('node:') ||
        ['better-sqlite3', 'pg', 'fs', 'path', 'os', 'crypto', 'stream'].includes(s) ||
        s.startsWith('@duckdb/'),
    );
    expect(forbidden).toEqual([]);
    // What it does load: the SDK's runtime packages and their libraries.
    expect([...bare].sort()).toEqual(expect.arrayContaining(['valibot']));
  });

  it('exports the public names', async () => {
    const main = await import('../src/index.ts');
    for (const name of [
      'iterateChanges',
      'syncStudy',
      'sqliteTarget',
      'SyncError',
      'SyncLockedError',
      'isSyncError',
      'isSyncLockedError',
    ]) {
      expect(typeof (main as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().filter((f) => f.endsWith('.ts'));
}

describe('entry points', () => {
  it('keeps DuckDB out of the main entry: only a dynamic import reaches it', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const path = relative(SRC, file);
      if (path.startsWith('duckdb')) continue;
      const text = await readFile(file, 'utf8');
      // Static imports (type-only ones vanish at build time and are allowed).
      const statics = text.match(/^import (?!type )[^;]*from '([^']+)';/gm) ?? [];
      if (statics.some((s) => s.includes('@duckdb/') || s.includes('/duckdb/')))
        offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });

  it('exports the public names from the main entry and the duckdb subpath', async () => {
    const main = await import('../src/index.ts');
    for (const name of [
      'writeCsv',
      'writeNdjson',
      'writeJson',
      'writeParquet',
      'writeSqlite',
      'writeSqliteTable',
      'exportStudy',
      'exportStudies',
      'sanitizeName',
      'sanitizeNames',
      'neutralizeFormula',
      'ExportError',
      'isExportError',
    ]) {
      expect(typeof (main as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(main)).not.toContain('writeDuckDb');
    const duckdb = await import('../src/duckdb/index.ts');
    expect(typeof duckdb.writeDuckDb).toBe('function');
    expect(typeof duckdb.writeDuckDbTable).toBe('function');
  });
});

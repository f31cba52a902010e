import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
// Built by the root `pnpm test` before any test runs.
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const run = promisify(execFile);

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

  it('loads better-sqlite3 and exceljs only inside their writers: no static import of them anywhere', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const text = await readFile(file, 'utf8');
      const statics = text.match(/^import (?!type )[^;]*from '([^']+)';/gm) ?? [];
      if (statics.some((s) => s.includes("'better-sqlite3'") || s.includes("'exceljs'")))
        offenders.push(relative(SRC, file));
    }
    expect(offenders).toEqual([]);
  });

  it.skipIf(!existsSync(DIST))(
    'the built entry: importing writeCsv leaves the native module unloaded; writeSqlite loads it',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'export-lazy-'));
      try {
        const script = `
          const loaded = () => process.report.getReport().sharedObjects.some((f) => f.includes('better_sqlite3'));
          const { writeCsv, writeSqlite } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
          const before = loaded();
          const { createWriteStream } = await import('node:fs');
          await writeCsv({ columns: [], rows: [] }, createWriteStream(${JSON.stringify(join(dir, 'a.csv'))}));
          const afterCsv = loaded();
          await writeSqlite(${JSON.stringify(join(dir, 'a.sqlite'))}, []);
          console.log(JSON.stringify({ before, afterCsv, afterSqlite: loaded() }));`;
        const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
        expect(JSON.parse(stdout)).toEqual({ before: false, afterCsv: false, afterSqlite: true });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

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
      'ExactColumnsError',
      'isExactColumnsError',
    ]) {
      expect(typeof (main as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(main)).not.toContain('writeDuckDb');
    const duckdb = await import('../src/duckdb/index.ts');
    expect(typeof duckdb.writeDuckDb).toBe('function');
    expect(typeof duckdb.writeDuckDbTable).toBe('function');
  }, 60_000);
});

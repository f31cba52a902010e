import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDuckDb } from '../src/duckdb/index.ts';
import type { ExportColumn, TableSource } from '../src/index.ts';
import { writeSqlite } from '../src/index.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();
const columns: ExportColumn[] = [{ name: 'n', type: 'integer' }];

/** Two tables; the second fails (or aborts) midway. */
function failingTables(fail: () => never): TableSource[] {
  async function* rows() {
    for (let n = 0; n < 50; n++) {
      if (n === 20) fail();
      yield { n };
    }
  }
  return [
    { name: 'first', columns, rows: [{ n: 1 }] },
    { name: 'second', columns, rows: rows() },
  ];
}

describe('database writers are atomic', () => {
  it('an aborted SQLite export leaves no file and keeps an older one intact', async () => {
    const dir = await tempDir();
    const file = join(dir, 'study.db');
    await writeFile(file, 'older export');
    const controller = new AbortController();
    const tables = failingTables(() => {
      controller.abort(new Error('user stop'));
      throw controller.signal.reason;
    });
    await expect(writeSqlite(file, tables, { signal: controller.signal })).rejects.toThrow(
      'user stop',
    );
    expect(await readdir(dir)).toEqual(['study.db']);
    expect(await readFile(file, 'utf8')).toBe('older export');
  });

  it('a failed DuckDB export leaves nothing behind', async () => {
    const dir = await tempDir();
    const tables = failingTables(() => {
      throw new Error('source broke');
    });
    await expect(writeDuckDb(join(dir, 'study.duckdb'), tables)).rejects.toThrow('source broke');
    expect(await readdir(dir)).toEqual([]);
  });
});

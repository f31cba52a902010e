import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteTarget, syncStudy } from '../src/index.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

function columnsOf(path: string, table: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('a variable added to a form', () => {
  it('adds a column on the next run instead of failing it', async () => {
    const path = join(await tempDir(), 'study.sqlite');
    const before = sandboxClient({ seed: 4 });
    await syncStudy(before.client, before.studyKey, { target: sqliteTarget(path) });
    const db = new Database(path, { readonly: true });
    const formKey = (
      db.prepare('SELECT "formKey" FROM "_imednet_forms" ORDER BY "formId" LIMIT 1').get() as {
        formKey: string;
      }
    ).formKey;
    const rows = (db.prepare(`SELECT count(*) AS n FROM "${formKey}"`).get() as { n: number }).n;
    db.close();
    expect(columnsOf(path, formKey)).not.toContain('ADDED_LATER');

    // The same study, now with one more variable on that form.
    const after = sandboxClient({
      seed: 4,
      variableChanges: [{ formKey, variableName: 'ADDED_LATER', type: 'TEXT' }],
    });
    const result = await syncStudy(after.client, after.studyKey, { target: sqliteTarget(path) });
    expect(result.full).toBe(false);
    expect(columnsOf(path, formKey)).toContain('ADDED_LATER');
    const check = new Database(path, { readonly: true });
    expect((check.prepare(`SELECT count(*) AS n FROM "${formKey}"`).get() as { n: number }).n).toBe(
      rows,
    );
    check.close();
  });
});

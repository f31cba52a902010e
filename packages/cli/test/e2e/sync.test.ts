import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCliProcess } from '../helpers/cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from '../helpers/sandboxServer.ts';

let served: ServedSandbox;
let dir: string;
beforeAll(async () => {
  served = await startSandbox({ seed: 8, studyCount: 2, recordsPerStudy: 80 });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-sync-'));
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<CliResult> {
  const result = await runCliProcess(args, { env: served.env, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  return result;
}

describe('imednet sync', () => {
  it('loads a study into SQLite, then fetches nothing when nothing changed', async () => {
    const studyKey = served.sandbox.studyKeys[0]!;
    const first = await cli(['sync', studyKey, '--into', 'copy.sqlite', '--json']);
    expect(first.code).toBe(0);
    const [full] = JSON.parse(first.stdout) as Record<string, unknown>[];
    expect(full).toMatchObject({ studyKey, full: true, updated: 0, deleted: 0 });
    expect(full!.inserted).toBe(full!.fetched);
    expect(full!.inserted as number).toBeGreaterThan(50);
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(true);

    const second = await cli(['sync', studyKey, '--into', 'copy.sqlite', '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual([
      { studyKey, full: false, fetched: 0, inserted: 0, updated: 0, deleted: 0, revisions: 0 },
    ]);
  });

  it('--all-studies writes one file per study into the --into folder', async () => {
    const result = await cli(['sync', '--all-studies', '--into', 'copies', '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { studyKey: string }[];
    expect(rows.map((r) => r.studyKey)).toEqual([...served.sandbox.studyKeys]);
    for (const key of served.sandbox.studyKeys) {
      expect(existsSync(join(dir, 'copies', `${key}.sqlite`))).toBe(true);
    }
  });

  it('refuses a missing --into or study key as a usage error (exit 2)', async () => {
    expect((await cli(['sync', 'X'])).code).toBe(2);
    expect((await cli(['sync', '--into', 'x.sqlite'])).code).toBe(2);
    expect((await cli(['sync', 'X', '--into', 'x.sqlite', '--watch', 'soon'])).code).toBe(2);
  });
});

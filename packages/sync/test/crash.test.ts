import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@imednet/core';
import { exportStudy } from '@imednet/export';
import { createSandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChanges } from './helpers/makeChanges.ts';
import { readSqliteTables } from './helpers/readTables.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();
const HERE = fileURLToPath(new URL('.', import.meta.url));
// Inside the package, so the child resolves better-sqlite3 from its node_modules.
const BUNDLE_DIR = join(HERE, '..', 'node_modules', '.cache', `crash-${process.pid}`);
const CHILD = join(BUNDLE_DIR, 'syncChild.mjs');

beforeAll(async () => {
  await mkdir(BUNDLE_DIR, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'fixtures', 'syncChild.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@imednet/source'],
    external: ['better-sqlite3', 'pg', '@duckdb/node-api'],
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await rm(BUNDLE_DIR, { recursive: true, force: true });
});

/** The checkpoint the target holds, or null. */
function storedCheckpoint(path: string): string | null {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE name = '_imednet_sync'").get();
    if (!table) return null;
    const row = db.prepare('SELECT "checkpoint" FROM "_imednet_sync"').get() as
      | { checkpoint: string }
      | undefined;
    return row?.checkpoint ?? null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

describe('a sync killed with kill -9', () => {
  it('leaves the previous checkpoint, and the next run ends equal to a full export', async () => {
    let served = 0;
    let onServed: (() => void) | undefined;
    const sandbox = createSandbox({
      seed: 9,
      studyCount: 1,
      recordsPerStudy: 1500,
      jobDurationMs: 0,
      onRequest: () => {
        served++;
        onServed?.();
      },
    });
    const server = await listen(sandbox);
    const studyKey = sandbox.studyKeys[0]!;
    const dir = await tempDir();
    const path = join(dir, 'study.sqlite');
    const env = {
      ...process.env,
      SYNC_URL: server.url,
      SYNC_API_KEY: sandbox.credentials.apiKey,
      SYNC_SECURITY_KEY: sandbox.credentials.securityKey,
      SYNC_STUDY: studyKey,
      SYNC_PATH: path,
    };
    const client = createClient({
      ...sandbox.credentials,
      baseUrl: server.url,
      allowInsecure: true,
      env: {},
    });

    /** Runs one sync in a child; kills it with SIGKILL after `killAfter` more requests. */
    const run = (killAfter?: number) =>
      new Promise<{ killed: boolean; out: string }>((resolve, reject) => {
        const start = served;
        const child: ChildProcess = spawn(process.execPath, [CHILD], { env });
        let out = '';
        let err = '';
        child.stdout!.on('data', (d) => {
          out += d;
        });
        child.stderr!.on('data', (d) => {
          err += d;
        });
        onServed =
          killAfter === undefined
            ? undefined
            : () => {
                if (served - start >= killAfter) child.kill('SIGKILL');
              };
        child.on('error', reject);
        child.on('exit', (code, signal) => {
          onServed = undefined;
          if (signal === 'SIGKILL') resolve({ killed: true, out });
          else if (code === 0) resolve({ killed: false, out });
          else reject(new Error(`the sync child failed: ${err}`));
        });
      });

    try {
      // A full sync is about 80 requests at 50 items a page: kill it early, midway and late.
      for (const at of [4, 30, 70]) {
        const outcome = await run(at);
        expect(outcome.killed).toBe(true);
        expect(storedCheckpoint(path)).toBeNull();
      }
      const full = JSON.parse((await run()).out);
      expect(full).toMatchObject({ full: true, updated: 0 });
      const checkpoint = storedCheckpoint(path);
      expect(checkpoint).toBe(full.checkpoint);

      const exportPath = (n: number) => join(dir, `export-${n}.sqlite`);
      await exportStudy(client, studyKey, { format: 'sqlite', out: exportPath(1), byForm: true });
      expect(readSqliteTables(path)).toEqual(readSqliteTables(exportPath(1)));

      await makeChanges(client, sandbox, studyKey, { updates: 6, creates: 3, deletes: 2 });
      // An incremental run is a handful of requests: kill it at each of the first ones.
      for (const at of [1, 3, 5]) {
        const outcome = await run(at);
        if (!outcome.killed) break;
        expect(storedCheckpoint(path)).toBe(checkpoint);
      }
      await run();
      expect(storedCheckpoint(path)).not.toBe(checkpoint);
      await exportStudy(client, studyKey, { format: 'sqlite', out: exportPath(2), byForm: true });
      const after = readSqliteTables(exportPath(2));
      expect(after).not.toEqual(readSqliteTables(exportPath(1)));
      expect(readSqliteTables(path)).toEqual(after);
    } finally {
      await server.close();
      sandbox.close();
    }
  });
});

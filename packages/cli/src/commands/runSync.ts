import { join, resolve } from 'node:path';
import type { Client } from '@imednet/core';
import { sanitizeName } from '@imednet/export';
import { resolveStudies } from '@imednet/orchestrator';
import { type SyncStudyResult, type SyncTarget, sqliteTarget, syncStudy } from '@imednet/sync';
import type { CliContext } from '../cli/context.ts';
import { createCliClient } from '../client/createCliClient.ts';
import { UsageError } from '../errors/UsageError.ts';
import { plural } from '../output/plural.ts';
import { writeItems } from '../output/writeItems.ts';
import { readDuration } from './readDuration.ts';
import { readStudyChoice } from './readStudyChoice.ts';

type TargetFor = (studyKey: string) => Promise<SyncTarget>;

/**
 * Runs the command (loaded only when it is chosen, so that help and other commands start fast).
 *
 * @throws UsageError for bad option values; API and database errors
 * @example
 * process.exitCode = await runSync(context);
 */
export async function runSync(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const { studyKey, all } = readStudyChoice(context);
  const into = context.options.into;
  if (typeof into !== 'string' || into.trim() === '')
    throw new UsageError({ message: '--into <target> is required', commandPath: path });
  const pause = readDuration(context.options.watch, '--watch', path);
  const targetFor = readTarget(into.trim(), all, context.io.cwd);
  const { client, close } = await createCliClient(context);
  try {
    for (;;) {
      const keys = all ? await resolveStudies(client, { signal: context.signal }) : [studyKey!];
      const failed = await syncAll(context, client, keys, targetFor);
      if (pause === undefined) return failed === 0 ? 0 : 1;
      context.out.info(`imednet: next sync in ${String(context.options.watch)} (Ctrl-C stops)\n`);
      await sleep(pause, context.signal);
    }
  } finally {
    close();
  }
}

/** Syncs the studies one after the other; prints a row each; resolves with the failures. */
async function syncAll(
  context: CliContext,
  client: Client,
  keys: readonly string[],
  targetFor: TargetFor,
): Promise<number> {
  const rows: Record<string, unknown>[] = [];
  const failures: string[] = [];
  for (const key of keys) {
    try {
      const result = await syncStudy(client, key, {
        target: await targetFor(key),
        signal: context.signal,
      });
      rows.push(summarize(result));
    } catch (error) {
      // One study alone fails as any other command does; among many, the others go on.
      if (keys.length === 1 || context.signal?.aborted) throw error;
      failures.push(`${key} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  await writeItems(context.out, rows, { format: context.format, colors: context.outColors });
  if (failures.length > 0) {
    context.out.error(
      `imednet: error: ${failures.length} of ${plural(keys.length, 'study', 'studies')} ${failures.length === 1 ? 'was' : 'were'} not synced: ${failures.join(', ')}\n`,
    );
  }
  return failures.length;
}

function summarize(result: SyncStudyResult): Record<string, unknown> {
  const { studyKey, full, fetched, inserted, updated, deleted, revisions } = result;
  return { studyKey, full, fetched, inserted, updated, deleted, revisions };
}

/** `postgres://...`, `duckdb:<path>` or a SQLite path; a folder or schemas for many studies. */
function readTarget(into: string, all: boolean, cwd: string): TargetFor {
  if (/^postgres(ql)?:\/\//i.test(into)) {
    return async (studyKey) => {
      const { postgresTarget } = await import('@imednet/sync/postgres');
      return postgresTarget(into, all ? { schema: sanitizeName(studyKey) } : {});
    };
  }
  if (into.toLowerCase().startsWith('duckdb:')) {
    const file = resolve(cwd, into.slice('duckdb:'.length));
    return async (studyKey) => {
      const { duckdbTarget } = await import('@imednet/sync/duckdb');
      return duckdbTarget(all ? join(file, `${sanitizeName(studyKey)}.duckdb`) : file);
    };
  }
  const file = resolve(cwd, into);
  return async (studyKey) =>
    sqliteTarget(all ? join(file, `${sanitizeName(studyKey)}.sqlite`) : file);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', stop, { once: true });
  });
}

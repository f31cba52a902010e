import { quoteIdentifier } from '@imednet/export/layout';
import type { SyncCheckpoint } from '../changes/checkpoint.ts';
import { SyncError } from '../errors.ts';
import type { SyncSession } from '../target/types.ts';
import { SYNC_TABLE } from './metaTables.ts';

const TABLE = quoteIdentifier(SYNC_TABLE);

/**
 * Reads the study's checkpoint, creating the checkpoint table on first use. A target holds
 * one study: its form tables would clash with another's, so another study is refused.
 */
export async function readCheckpoint(
  session: SyncSession,
  studyKey: string,
): Promise<SyncCheckpoint | null> {
  await session.run(
    `CREATE TABLE IF NOT EXISTS ${TABLE} ("studyKey" TEXT PRIMARY KEY, "checkpoint" TEXT NOT NULL, "syncedAt" TEXT NOT NULL)`,
  );
  const rows = await session.all(`SELECT "studyKey", "checkpoint" FROM ${TABLE}`);
  const other = rows.find((row) => row.studyKey !== studyKey);
  if (other) {
    throw new SyncError(
      `This target holds study "${String(other.studyKey)}"; sync "${studyKey}" into another one`,
    );
  }
  return rows.length === 0 ? null : String(rows[0]!.checkpoint);
}

/** Writes the checkpoint inside the run's transaction, beside the data it covers. */
export async function writeCheckpoint(
  session: SyncSession,
  studyKey: string,
  checkpoint: SyncCheckpoint,
  first: boolean,
): Promise<void> {
  const now = new Date().toISOString();
  const p = (n: number) => session.param(n);
  await session.run(
    first
      ? `INSERT INTO ${TABLE} ("checkpoint", "syncedAt", "studyKey") VALUES (${p(1)}, ${p(2)}, ${p(3)})`
      : `UPDATE ${TABLE} SET "checkpoint" = ${p(1)}, "syncedAt" = ${p(2)} WHERE "studyKey" = ${p(3)}`,
    [checkpoint, now, studyKey],
  );
}

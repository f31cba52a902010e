import type { Client } from '@imednet/core';
import { planFormTables } from '@imednet/export/layout';
import { listSites } from '@imednet/resources';
import { loadMapperContext } from '@imednet/workflows';
import type { SyncCheckpoint } from '../changes/checkpoint.ts';
import { iterateChanges } from '../changes/iterateChanges.ts';
import { SyncError } from '../errors/SyncError.ts';
import { ensureTable, replaceAll } from '../target/tableOps.ts';
import type { SyncTarget } from '../target/types.ts';
import { readCheckpoint, writeCheckpoint } from './checkpointStore.ts';
import { createApplier, type SyncCounts } from './createApplier.ts';
import { META_TABLES, RESERVED_TABLES, toMetaRow } from './metaTables.ts';

/** Options of {@link syncStudy}. */
export interface SyncStudyOptions {
  /** Where to write: `sqliteTarget(path)`, `duckdbTarget(path)` or `postgresTarget(connection)`. */
  readonly target: SyncTarget;
  /** Stops the run; the target stays at its previous checkpoint. */
  readonly signal?: AbortSignal;
  /** Called after each batch written (about every 500 changes) and at the end. */
  readonly onProgress?: (progress: SyncProgress) => void;
  /** The change feed's overlap window (see `iterateChanges`); default 10 minutes. */
  readonly overlapMs?: number;
  /** Items per request (at most 500); default 500. */
  readonly pageSize?: number;
}

/** What `onProgress` receives: the run's counts so far. */
export interface SyncProgress extends Readonly<SyncCounts> {
  readonly studyKey: string;
}

/** What {@link syncStudy} resolves to. */
export interface SyncStudyResult extends Readonly<SyncCounts> {
  readonly studyKey: string;
  /** True when the target held no checkpoint: the whole study was loaded. */
  readonly full: boolean;
  /** Stored in the target with the data; returned for logs and for `iterateChanges`. */
  readonly checkpoint: SyncCheckpoint;
}

/**
 * Brings a local copy of a study up to date: the first run loads the whole study, every
 * later run only what changed since the checkpoint stored in the target (see
 * `iterateChanges`). Tables: one per form (as `exportStudy` lays them out with `byForm`),
 * `_imednet_subjects`, `_imednet_queries`, `_imednet_visits` (kept current from the change
 * feed), `_imednet_sites`, `_imednet_forms`, `_imednet_variables`, `_imednet_intervals`
 * (replaced whole by every run), `_imednet_revisions` (the audit trail) and `_imednet_sync`
 * (the checkpoint). A run is one transaction, checkpoint included: a run that fails, is aborted
 * or is killed leaves the target at its previous checkpoint, and the next run completes it.
 *
 * @throws {SyncLockedError} when another run is writing the target.
 * @throws {SyncError} when the target holds another study or cannot be written.
 * @throws {ApiError} and the other core errors when a request fails.
 * @throws the signal's reason when aborted.
 * @example
 * const result = await syncStudy(client, 'STUDY-1', { target: sqliteTarget('study.sqlite') });
 * console.log(result.inserted, result.updated, result.deleted);
 */
export async function syncStudy(
  client: Client,
  studyKey: string,
  options: SyncStudyOptions,
): Promise<SyncStudyResult> {
  const { target, signal } = options;
  if (!target || typeof target.open !== 'function') {
    throw new SyncError('syncStudy needs a target: sqliteTarget(path), duckdbTarget(path), ...');
  }
  signal?.throwIfAborted();
  const session = await target.open();
  try {
    await session.begin();
    const since = await readCheckpoint(session, studyKey);
    const [context, sites] = await Promise.all([
      loadMapperContext(client, studyKey, { signal }),
      listSites(client, studyKey, undefined, { signal }),
    ]);
    const layout = planFormTables(context.forms, context.variables, {}, RESERVED_TABLES);
    const exact = new Map<string, Set<string>>();
    for (const table of layout) {
      const spec = { name: table.name, columns: table.columns, key: 'recordId' };
      exact.set(table.name, await ensureTable(session, spec));
    }
    const lists = [
      [META_TABLES.sites, sites],
      [META_TABLES.forms, context.forms],
      [META_TABLES.variables, context.variables],
      [META_TABLES.intervals, context.intervals],
    ] as const;
    for (const [spec, items] of lists) {
      await ensureTable(session, spec);
      await replaceAll(
        session,
        spec,
        items.map((item: object) => toMetaRow(spec, item)),
      );
    }
    for (const spec of [
      META_TABLES.subjects,
      META_TABLES.queries,
      META_TABLES.visits,
      META_TABLES.revisions,
    ]) {
      await ensureTable(session, spec);
    }

    const applier = createApplier(session, context, layout, exact);
    const report = () => options.onProgress?.({ studyKey, ...applier.counts });
    let checkpoint: SyncCheckpoint | undefined;
    for await (const change of iterateChanges(client, studyKey, {
      since,
      ...(signal === undefined ? {} : { signal }),
      ...(options.overlapMs === undefined ? {} : { overlapMs: options.overlapMs }),
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    })) {
      signal?.throwIfAborted();
      if (change.type === 'checkpoint') checkpoint = change.checkpoint;
      else if (await applier.add(change)) report();
    }
    await applier.flush();
    signal?.throwIfAborted();
    await writeCheckpoint(session, studyKey, checkpoint!, since === null);
    await session.commit();
    report();
    return { studyKey, full: since === null, ...applier.counts, checkpoint: checkpoint! };
  } catch (error) {
    await session.rollback().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
}

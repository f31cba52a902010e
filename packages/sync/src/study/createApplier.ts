import type { FormTableLayout } from '@imednet/export/layout';
import { toFormRow } from '@imednet/export/layout';
import type { EdcRecord } from '@imednet/resources';
import type { MapperContext } from '@imednet/workflows';
import type { SyncChange } from '../changes/types.ts';
import { deleteRows, upsertRows } from '../target/tableOps.ts';
import type { TableSpec } from '../target/tableSpec.ts';
import type { SyncSession } from '../target/types.ts';
import { META_TABLES, toMetaRow } from './metaTables.ts';

/** What a run changed in the target so far. */
export interface SyncCounts {
  /** Records received (created, updated or deleted at the server). */
  fetched: number;
  inserted: number;
  updated: number;
  deleted: number;
  /** Revisions (audit trail entries) added. */
  revisions: number;
  /** Subjects added or updated. */
  subjects: number;
  /** Queries added or updated. */
  queries: number;
  /** Visits added or updated. */
  visits: number;
}

/** Changes buffered before they are written. */
const BATCH = 500;

/** Buffers changes and writes them to the target a batch at a time. */
export function createApplier(
  session: SyncSession,
  context: MapperContext,
  layout: readonly FormTableLayout[],
  /** Per table, its number and integer columns already stored exactly (see `ensureTable`). */
  exact: ReadonlyMap<string, Set<string>>,
) {
  const tables = new Map(layout.map((t) => [t.formKey, t]));
  const specs = new Map<FormTableLayout, TableSpec>(
    layout.map((t) => [
      t,
      { name: t.name, columns: t.columns, key: 'recordId', exact: exact.get(t.name) ?? new Set() },
    ]),
  );
  const counts: SyncCounts = {
    fetched: 0,
    inserted: 0,
    updated: 0,
    deleted: 0,
    revisions: 0,
    subjects: 0,
    queries: 0,
    visits: 0,
  };
  let pending: SyncChange[] = [];

  async function writeRecords(records: EdcRecord[]): Promise<void> {
    const byTable = new Map<FormTableLayout, ReturnType<typeof toFormRow>[]>();
    for (const record of records) {
      const formKey = context.formOf(record);
      const table = formKey === undefined ? undefined : tables.get(formKey);
      // Records of forms with no table (unknown forms) are left out, as the export does.
      if (!table) continue;
      const row = toFormRow(record, table, await context.intervalNameOf(record));
      const rows = byTable.get(table);
      if (rows) rows.push(row);
      else byTable.set(table, [row]);
    }
    for (const [table, rows] of byTable) {
      const written = await upsertRows(session, specs.get(table)!, rows);
      counts.inserted += written.inserted;
      counts.updated += written.updated;
    }
  }

  async function writeDeletions(deletions: { recordId: number; formKey: string | null }[]) {
    for (const [table, spec] of specs) {
      const ids = deletions
        .filter((d) => d.formKey === null || !tables.has(d.formKey) || d.formKey === table.formKey)
        .map((d) => d.recordId);
      counts.deleted += await deleteRows(session, spec, ids);
    }
  }

  async function flush(): Promise<void> {
    const batch = pending;
    pending = [];
    const records: EdcRecord[] = [];
    const deletions: { recordId: number; formKey: string | null }[] = [];
    const lists: Record<'subjects' | 'queries' | 'visits', ReturnType<typeof toMetaRow>[]> = {
      subjects: [],
      queries: [],
      visits: [],
    };
    const revisions = [];
    for (const change of batch) {
      if (change.type === 'record') records.push(change.record);
      else if (change.type === 'deleted') deletions.push(change);
      else if (change.type === 'subject') {
        lists.subjects.push(toMetaRow(META_TABLES.subjects, change.subject));
      } else if (change.type === 'query') {
        lists.queries.push(toMetaRow(META_TABLES.queries, change.query));
      } else if (change.type === 'visit') {
        lists.visits.push(toMetaRow(META_TABLES.visits, change.visit));
      } else if (change.type === 'revision') {
        revisions.push(toMetaRow(META_TABLES.revisions, change.revision));
      }
    }
    await writeRecords(records);
    if (deletions.length > 0) await writeDeletions(deletions);
    for (const list of ['subjects', 'queries', 'visits'] as const) {
      if (lists[list].length === 0) continue;
      const written = await upsertRows(session, META_TABLES[list], lists[list]);
      counts[list] += written.inserted + written.updated;
    }
    if (revisions.length > 0) {
      counts.revisions += (await upsertRows(session, META_TABLES.revisions, revisions)).inserted;
    }
  }

  return {
    counts,
    /** Adds one change; resolves with true when it completed a batch, now written. */
    async add(change: SyncChange): Promise<boolean> {
      if (change.type === 'record' || change.type === 'deleted') counts.fetched++;
      pending.push(change);
      if (pending.length < BATCH) return false;
      await flush();
      return true;
    },
    flush,
  };
}

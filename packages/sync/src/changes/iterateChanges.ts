import type { Client } from '@imednet/core';
import {
  iterateQueries,
  iterateRecordRevisions,
  iterateRecords,
  iterateSubjects,
  iterateVisits,
} from '@imednet/resources';
import { SyncError } from '../errors/SyncError.ts';
import {
  type CheckpointState,
  decodeCheckpoint,
  encodeCheckpoint,
  type SyncCheckpoint,
} from './checkpoint.ts';
import type { SyncChange } from './types.ts';
import { createWindow, hashRecord } from './window.ts';

/** Options of {@link iterateChanges}. */
export interface IterateChangesOptions {
  /** The checkpoint the previous run ended with; none means everything (a full load). */
  readonly since?: SyncCheckpoint | null;
  /**
   * How far before the last change seen the next run looks again, for clocks that disagree
   * and changes written late; default 10 minutes. Records already delivered in the window
   * are not delivered again.
   */
  readonly overlapMs?: number;
  /** Items per request (at most 500); default 500. */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/** The default overlap window: 10 minutes. */
export const DEFAULT_OVERLAP_MS = 600_000;

/**
 * The changes of a study since a checkpoint: records created or updated (found with the
 * `dateModified` filter, looking back an overlap window, each record once), records marked
 * deleted, subjects, queries and visits created or updated, and the record revisions newer than the last one
 * seen (the audit trail). Ends with the next checkpoint. Lazy: nothing is requested until
 * the first change is pulled. Runs on any runtime (only `fetch`).
 *
 * @throws {SyncError} for a checkpoint of another study or one that cannot be read.
 * @throws {ApiError} and the other core errors when a request fails.
 * @example
 * let since = await loadCheckpoint();
 * for await (const change of iterateChanges(client, 'STUDY-1', { since })) {
 *   if (change.type === 'checkpoint') since = change.checkpoint;
 *   else apply(change);
 * }
 */
export async function* iterateChanges(
  client: Client,
  studyKey: string,
  options: IterateChangesOptions = {},
): AsyncGenerator<SyncChange, void, undefined> {
  const overlap = options.overlapMs ?? DEFAULT_OVERLAP_MS;
  if (!Number.isFinite(overlap) || overlap < 0) {
    throw new SyncError('overlapMs must be a number of milliseconds, 0 or more');
  }
  const previous: CheckpointState = options.since
    ? decodeCheckpoint(options.since, studyKey)
    : { studyKey, records: null, seen: [], subjects: null, revision: null };
  const list = { signal: options.signal, pageSize: options.pageSize ?? 500 };
  // Changes made while this run pages may carry times before its last one: the next run
  // never starts after the moment this one started.
  const startedAt = Date.now();
  const seenBefore = new Map(previous.seen.map(([id, at, hash]) => [`${id}:${at}`, hash]));
  const delivered = new Set<number>();
  const window = createWindow(overlap, previous.records);
  const since = (mark: number | null) =>
    mark === null ? undefined : { dateModified: ['>=', new Date(mark - overlap)] as const };

  for await (const record of iterateRecords(client, studyKey, since(previous.records), list)) {
    const at = record.dateModified?.getTime() ?? null;
    if (delivered.has(record.recordId)) continue;
    const hash = at === null ? undefined : seenBefore.get(`${record.recordId}:${at}`);
    if (hash !== undefined && hash === hashRecord(record)) continue;
    delivered.add(record.recordId);
    if (at !== null) window.add(record.recordId, at, record);
    yield record.deleted === true
      ? { type: 'deleted', recordId: record.recordId, formKey: record.formKey }
      : { type: 'record', record };
  }

  // Subjects, queries and visits: everything modified since their own high-water mark,
  // looking back the overlap window (delivered again at worst, never missed).
  const latest = (mark: number | null, at: Date | null | undefined) => {
    const ms = at?.getTime();
    return ms !== undefined && (mark === null || ms > mark) ? ms : mark;
  };
  let subjects = previous.subjects;
  for await (const subject of iterateSubjects(client, studyKey, since(previous.subjects), list)) {
    subjects = latest(subjects, subject.dateModified);
    yield { type: 'subject', subject };
  }
  let queries = previous.queries ?? null;
  for await (const query of iterateQueries(client, studyKey, since(queries), list)) {
    queries = latest(queries, query.dateModified);
    yield { type: 'query', query };
  }
  let visits = previous.visits ?? null;
  for await (const visit of iterateVisits(client, studyKey, since(visits), list)) {
    visits = latest(visits, visit.dateModified);
    yield { type: 'visit', visit };
  }

  let revision = previous.revision;
  const newer = revision === null ? undefined : { recordRevisionId: ['>', revision] as const };
  for await (const entry of iterateRecordRevisions(client, studyKey, newer, list)) {
    if (revision === null || entry.recordRevisionId > revision) revision = entry.recordRevisionId;
    yield { type: 'revision', revision: entry };
    // A server that drops deleted records from the list still tells it in the audit trail.
    if (entry.deleted === true && entry.recordId !== null && !delivered.has(entry.recordId)) {
      delivered.add(entry.recordId);
      yield { type: 'deleted', recordId: entry.recordId, formKey: entry.formKey };
    }
  }

  const mark = window.mark(startedAt);
  yield {
    type: 'checkpoint',
    checkpoint: encodeCheckpoint({
      studyKey,
      records: mark,
      seen: window.seen(mark),
      subjects: subjects === null ? null : Math.min(subjects, startedAt),
      queries: queries === null ? null : Math.min(queries, startedAt),
      visits: visits === null ? null : Math.min(visits, startedAt),
      revision,
    }),
  };
}

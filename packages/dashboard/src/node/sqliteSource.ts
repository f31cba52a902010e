import type { EdcRecord, Form, Interval, RecordRevision, Site, Subject } from '@imednet/resources';
import Database from 'better-sqlite3';
import type { DashboardSource } from '../source/types.ts';

/** Options of {@link sqliteSource}. */
export interface SqliteSourceOptions {
  /**
   * Where queries and visits come from, which a sync database does not hold (for example
   * `apiSource(client)`); without it those pages say the source has none.
   */
  readonly fallback?: DashboardSource;
}

/** A source on a database file; close it when the server stops. */
export interface SqliteSource extends DashboardSource {
  close(): void;
}

type Row = Record<string, unknown>;

const date = (value: unknown): Date | null =>
  typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const int = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
const bool = (value: unknown): boolean | null =>
  value === null || value === undefined ? null : Boolean(value);

/**
 * The dashboard's data from a SQLite file that `imednet sync` (`syncStudy` with
 * `sqliteTarget`) keeps current: pages read it directly, without a request. The file holds
 * one study; records take their site from their subject and their interval from its name.
 * Opened read-only, so a sync may run beside it.
 *
 * @throws {Error} when the file does not exist or is not a sync database (better-sqlite3's)
 * @example
 * const source = sqliteSource('study.sqlite', { fallback: apiSource(client) });
 * const dashboard = createDashboard({ source, cache: false });
 */
export function sqliteSource(path: string, options: SqliteSourceOptions = {}): SqliteSource {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const all = (sql: string, ...params: unknown[]): Row[] => db.prepare(sql).all(...params) as Row[];
  const studyKey = String(
    (all('SELECT "studyKey" FROM "_imednet_sync" LIMIT 1')[0] ?? { studyKey: '' }).studyKey,
  );
  const formTables = all(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_imednet\\_%' ESCAPE '\\'`,
  ).map((row) => String(row.name));
  const { fallback } = options;

  const sites = (): Site[] =>
    all('SELECT * FROM "_imednet_sites" ORDER BY "siteId"').map((r) => ({
      siteId: Number(r.siteId),
      studyKey,
      siteName: text(r.siteName),
      siteEnrollmentStatus: text(r.siteEnrollmentStatus),
      dateCreated: date(r.dateCreated),
      dateModified: date(r.dateModified),
    }));
  const subjects = (): Subject[] =>
    all('SELECT * FROM "_imednet_subjects" ORDER BY "subjectId"').map((r) => ({
      subjectKey: String(r.subjectKey),
      studyKey,
      subjectId: int(r.subjectId),
      subjectOid: text(r.subjectOid),
      subjectStatus: text(r.subjectStatus),
      siteId: int(r.siteId),
      siteName: text(r.siteName),
      deleted: bool(r.deleted),
      enrollmentStartDate: date(r.enrollmentStartDate),
      dateCreated: date(r.dateCreated),
      dateModified: date(r.dateModified),
      keywords: null,
    }));
  const forms = (): Form[] =>
    all('SELECT * FROM "_imednet_forms" ORDER BY "formId"').map(
      (r) =>
        ({
          ...r,
          studyKey,
          dateCreated: date(r.dateCreated),
          dateModified: date(r.dateModified),
        }) as unknown as Form,
    );
  const intervals = (): Interval[] =>
    all('SELECT * FROM "_imednet_intervals" ORDER BY "intervalSequence", "intervalId"').map(
      (r) =>
        ({
          ...r,
          studyKey,
          forms: null,
          dateCreated: date(r.dateCreated),
          dateModified: date(r.dateModified),
        }) as unknown as Interval,
    );
  const records = (): EdcRecord[] => {
    const bySubject = new Map(subjects().map((s) => [s.subjectKey, s]));
    const intervalIds = new Map(intervals().map((i) => [i.intervalName, i.intervalId]));
    const formIds = new Map(forms().map((f) => [f.formKey, f.formId]));
    const out: EdcRecord[] = [];
    for (const table of formTables) {
      const sql = `SELECT "recordId", "subjectKey", "visitId", "intervalName", "formKey", "recordStatus", "dateCreated", "dateModified" FROM "${table.replace(/"/g, '""')}"`;
      for (const r of all(sql)) {
        const subject = bySubject.get(String(r.subjectKey));
        out.push({
          recordId: Number(r.recordId),
          studyKey,
          intervalId: intervalIds.get(text(r.intervalName) ?? '') ?? null,
          formId: formIds.get(text(r.formKey) ?? '') ?? null,
          formKey: text(r.formKey),
          siteId: subject?.siteId ?? null,
          recordOid: null,
          recordType: null,
          recordStatus: text(r.recordStatus),
          deleted: false,
          dateCreated: date(r.dateCreated),
          dateModified: date(r.dateModified),
          subjectId: subject?.subjectId ?? null,
          subjectOid: subject?.subjectOid ?? null,
          subjectKey: text(r.subjectKey),
          visitId: int(r.visitId),
          parentRecordId: null,
          keywords: null,
          recordData: null,
        });
      }
    }
    return out;
  };
  const revisions = (recordId: number): RecordRevision[] =>
    all(
      'SELECT * FROM "_imednet_revisions" WHERE "recordId" = ? ORDER BY "recordRevision"',
      recordId,
    ).map(
      (r) =>
        ({
          ...r,
          studyKey,
          deleted: bool(r.deleted),
          dateCreated: date(r.dateCreated),
        }) as unknown as RecordRevision,
    );

  // Each list is read at call time, so pages show what the last sync wrote.
  return {
    listStudies: async () => (studyKey ? [{ studyKey, studyName: studyKey }] : []),
    listSites: async () => sites(),
    listSubjects: async () => subjects(),
    listRecords: async () => records(),
    listForms: async () => forms(),
    listIntervals: async () => intervals(),
    listQueries: async (key, signal) => (fallback ? fallback.listQueries(key, signal) : null),
    listVisits: async (key, signal) => (fallback ? fallback.listVisits(key, signal) : null),
    listRecordRevisions: async (_key, recordId) => revisions(recordId),
    close: () => db.close(),
  };
}

import type {
  EdcRecord,
  Form,
  Interval,
  Query,
  QueryComment,
  RecordRevision,
  Site,
  Subject,
  Visit,
} from '@imednet/resources';
import Database from 'better-sqlite3';
import type { DashboardSource } from '../source/types.ts';

/** Options of {@link sqliteSource}. */
export interface SqliteSourceOptions {
  /**
   * Where queries and visits come from when the database does not hold them (one written by
   * a sync before they were synced), for example `apiSource(client)`; without it those pages
   * say the source has none.
   */
  readonly fallback?: DashboardSource;
}

/** A source on a database file; close it when the server stops. */
export interface SqliteSource extends DashboardSource {
  /** Which of the lists a sync added later the file holds (older files lack them). */
  readonly holds: Readonly<{ queries: boolean; visits: boolean }>;
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

/** A query's comments as sync stores them (JSON text), with their dates as dates again. */
function comments(value: unknown): QueryComment[] | null {
  if (typeof value !== 'string') return null;
  return (JSON.parse(value) as Record<string, unknown>[]).map((c) => ({
    sequence: int(c.sequence),
    annotationStatus: text(c.annotationStatus),
    user: text(c.user),
    comment: text(c.comment),
    closed: bool(c.closed),
    date: date(c.date),
  }));
}

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
  const hasTable = (name: string) =>
    all(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`, name).length > 0;
  const synced = { queries: hasTable('_imednet_queries'), visits: hasTable('_imednet_visits') };

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

  const queries = (): Query[] =>
    all('SELECT * FROM "_imednet_queries" ORDER BY "annotationId"').map((r) => ({
      annotationId: Number(r.annotationId),
      studyKey,
      subjectId: int(r.subjectId),
      subjectOid: text(r.subjectOid),
      annotationType: text(r.annotationType),
      type: text(r.type),
      description: text(r.description),
      recordId: int(r.recordId),
      variable: text(r.variable),
      subjectKey: text(r.subjectKey),
      dateCreated: date(r.dateCreated),
      dateModified: date(r.dateModified),
      queryComments: comments(r.queryComments),
    }));
  const visits = (): Visit[] =>
    all('SELECT * FROM "_imednet_visits" ORDER BY "visitId"').map((r) => ({
      visitId: Number(r.visitId),
      studyKey,
      intervalId: int(r.intervalId),
      intervalName: text(r.intervalName),
      subjectId: int(r.subjectId),
      subjectKey: text(r.subjectKey),
      startDate: text(r.startDate),
      endDate: text(r.endDate),
      dueDate: text(r.dueDate),
      visitDate: text(r.visitDate),
      visitDateForm: text(r.visitDateForm),
      visitDateQuestion: text(r.visitDateQuestion),
      deleted: bool(r.deleted),
      dateCreated: date(r.dateCreated),
      dateModified: date(r.dateModified),
    }));

  // Each list is read at call time, so pages show what the last sync wrote.
  return {
    listStudies: async () => (studyKey ? [{ studyKey, studyName: studyKey }] : []),
    listSites: async () => sites(),
    listSubjects: async () => subjects(),
    listRecords: async () => records(),
    listForms: async () => forms(),
    listIntervals: async () => intervals(),
    listQueries: async (key, signal) =>
      synced.queries ? queries() : fallback ? fallback.listQueries(key, signal) : null,
    listVisits: async (key, signal) =>
      synced.visits ? visits() : fallback ? fallback.listVisits(key, signal) : null,
    listRecordRevisions: async (_key, recordId) => revisions(recordId),
    holds: Object.freeze({ ...synced }),
    close: () => db.close(),
  };
}

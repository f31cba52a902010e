import type {
  EdcRecord,
  Form,
  Interval,
  Query,
  RecordRevision,
  Site,
  Study,
  Subject,
  Visit,
} from '@imednet/resources';

/** A study as the studies list shows it. */
export type StudyInfo = Pick<Study, 'studyKey' | 'studyName'>;

/**
 * Where the pages get their data: the API through the toolkit ({@link apiSource}), or a
 * database kept by `imednet sync` (`sqliteSource` from `@imednet/dashboard/node`). `null`
 * means the source does not hold that list (a sync database has no queries or visits).
 */
export interface DashboardSource {
  listStudies(signal: AbortSignal): Promise<StudyInfo[]>;
  listSites(studyKey: string, signal: AbortSignal): Promise<Site[]>;
  listSubjects(studyKey: string, signal: AbortSignal): Promise<Subject[]>;
  listRecords(studyKey: string, signal: AbortSignal): Promise<EdcRecord[]>;
  listForms(studyKey: string, signal: AbortSignal): Promise<Form[]>;
  listIntervals(studyKey: string, signal: AbortSignal): Promise<Interval[]>;
  listQueries(studyKey: string, signal: AbortSignal): Promise<Query[] | null>;
  listVisits(studyKey: string, signal: AbortSignal): Promise<Visit[] | null>;
  listRecordRevisions(
    studyKey: string,
    recordId: number,
    signal: AbortSignal,
  ): Promise<RecordRevision[]>;
}

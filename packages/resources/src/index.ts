export { readTimestamp } from './codecs/timestamp';
export { getCoding } from './codings/getCoding';
export { iterateCodings } from './codings/iterateCodings';
export { listCodings } from './codings/listCodings';
export { listCodingsPage } from './codings/listCodingsPage';
export { discoverFormKey } from './discovery/discoverFormKey';
export { discoverIntervalName } from './discovery/discoverIntervalName';
export { discoverSiteName } from './discovery/discoverSiteName';
export { discoverStudyKey } from './discovery/discoverStudyKey';
export { discoverSubjectKey } from './discovery/discoverSubjectKey';
export {
  ELIGIBLE_SITE_STATUSES,
  ELIGIBLE_SUBJECT_STATUSES,
  isSiteEligible,
  isSubjectEligible,
} from './discovery/eligibility';
export { isNoLiveDataError, NoLiveDataError } from './discovery/NoLiveDataError';
export { getForm } from './forms/getForm';
export { iterateForms } from './forms/iterateForms';
export { listForms } from './forms/listForms';
export { listFormsPage } from './forms/listFormsPage';
export type {
  FiltersOf,
  ListOptions,
  ListRecordsOptions,
  ListUsersOptions,
  PageOptions,
  PageResult,
} from './internal/types';
export { getInterval } from './intervals/getInterval';
export { iterateIntervals } from './intervals/iterateIntervals';
export { listIntervals } from './intervals/listIntervals';
export { listIntervalsPage } from './intervals/listIntervalsPage';
export { getQuery } from './queries/getQuery';
export { iterateQueries } from './queries/iterateQueries';
export { listQueries } from './queries/listQueries';
export { listQueriesPage } from './queries/listQueriesPage';
export { getRecordRevision } from './recordRevisions/getRecordRevision';
export { iterateRecordRevisions } from './recordRevisions/iterateRecordRevisions';
export { listRecordRevisions } from './recordRevisions/listRecordRevisions';
export { listRecordRevisionsPage } from './recordRevisions/listRecordRevisionsPage';
export type { CheckRecordInputsOptions, RecordInput } from './records/checkRecordInputs';
export { checkRecordInputs } from './records/checkRecordInputs';
export type { CreateRecordsOptions, JobRef } from './records/createRecords';
export { createRecords } from './records/createRecords';
export { getRecord } from './records/getRecord';
export { iterateRecords } from './records/iterateRecords';
export { listRecords } from './records/listRecords';
export { listRecordsPage } from './records/listRecordsPage';
export type { Coding } from './schemas/coding';
export { CodingSchema } from './schemas/coding';
export type { Form } from './schemas/form';
export { FormSchema } from './schemas/form';
export type { Interval, IntervalForm } from './schemas/interval';
export { IntervalSchema } from './schemas/interval';
export type { Keyword } from './schemas/keyword';
export { KeywordSchema } from './schemas/keyword';
export type { Query, QueryComment } from './schemas/query';
export { QueryCommentSchema, QuerySchema } from './schemas/query';
export type { EdcRecord, EdcRecord as Record } from './schemas/record';
export { RecordSchema } from './schemas/record';
export type { RecordRevision } from './schemas/recordRevision';
export { RecordRevisionSchema } from './schemas/recordRevision';
export type { Site } from './schemas/site';
export { SiteSchema } from './schemas/site';
export type { Study } from './schemas/study';
export { StudySchema } from './schemas/study';
export type { Subject } from './schemas/subject';
export { SubjectSchema } from './schemas/subject';
export type { Role, User } from './schemas/user';
export { RoleSchema, UserSchema } from './schemas/user';
export type { Variable } from './schemas/variable';
export { VariableSchema } from './schemas/variable';
export type { Visit } from './schemas/visit';
export { VisitSchema } from './schemas/visit';
export { getSite } from './sites/getSite';
export { iterateSites } from './sites/iterateSites';
export { listSites } from './sites/listSites';
export { listSitesPage } from './sites/listSitesPage';
export { getStudy } from './studies/getStudy';
export { iterateStudies } from './studies/iterateStudies';
export { listStudies } from './studies/listStudies';
export { listStudiesPage } from './studies/listStudiesPage';
export { getSubject } from './subjects/getSubject';
export { iterateSubjects } from './subjects/iterateSubjects';
export { listSubjects } from './subjects/listSubjects';
export { listSubjectsPage } from './subjects/listSubjectsPage';
export { getUser } from './users/getUser';
export { iterateUsers } from './users/iterateUsers';
export { listUsers } from './users/listUsers';
export { listUsersPage } from './users/listUsersPage';
export { getVariable } from './variables/getVariable';
export { iterateVariables } from './variables/iterateVariables';
export { listVariables } from './variables/listVariables';
export { listVariablesPage } from './variables/listVariablesPage';
export { getVisit } from './visits/getVisit';
export { iterateVisits } from './visits/iterateVisits';
export { listVisits } from './visits/listVisits';
export { listVisitsPage } from './visits/listVisitsPage';

export { readTimestamp } from './codecs/timestamp.ts';
export { getCoding } from './codings/getCoding.ts';
export { iterateCodings } from './codings/iterateCodings.ts';
export { listCodings } from './codings/listCodings.ts';
export { listCodingsPage } from './codings/listCodingsPage.ts';
export { discoverFormKey } from './discovery/discoverFormKey.ts';
export { discoverIntervalName } from './discovery/discoverIntervalName.ts';
export { discoverSiteName } from './discovery/discoverSiteName.ts';
export { discoverStudyKey } from './discovery/discoverStudyKey.ts';
export { discoverSubjectKey } from './discovery/discoverSubjectKey.ts';
export {
  ELIGIBLE_SITE_STATUSES,
  ELIGIBLE_SUBJECT_STATUSES,
  isSiteEligible,
  isSubjectEligible,
} from './discovery/eligibility.ts';
export { isNoLiveDataError, NoLiveDataError } from './discovery/NoLiveDataError.ts';
export { getForm } from './forms/getForm.ts';
export { iterateForms } from './forms/iterateForms.ts';
export { listForms } from './forms/listForms.ts';
export { listFormsPage } from './forms/listFormsPage.ts';
export { redactValue } from './internal/redactValue.ts';
export type {
  FiltersOf,
  ListOptions,
  ListRecordsOptions,
  ListUsersOptions,
  PageOptions,
  PageResult,
} from './internal/types.ts';
export { getInterval } from './intervals/getInterval.ts';
export { iterateIntervals } from './intervals/iterateIntervals.ts';
export { listIntervals } from './intervals/listIntervals.ts';
export { listIntervalsPage } from './intervals/listIntervalsPage.ts';
export { getQuery } from './queries/getQuery.ts';
export { iterateQueries } from './queries/iterateQueries.ts';
export { listQueries } from './queries/listQueries.ts';
export { listQueriesPage } from './queries/listQueriesPage.ts';
export { getRecordRevision } from './recordRevisions/getRecordRevision.ts';
export { iterateRecordRevisions } from './recordRevisions/iterateRecordRevisions.ts';
export { listRecordRevisions } from './recordRevisions/listRecordRevisions.ts';
export { listRecordRevisionsPage } from './recordRevisions/listRecordRevisionsPage.ts';
export type { CheckRecordInputsOptions, RecordInput } from './records/checkRecordInputs.ts';
export { checkRecordInputs } from './records/checkRecordInputs.ts';
export type { CreateRecordsOptions, JobRef } from './records/createRecords.ts';
export { createRecords } from './records/createRecords.ts';
export { getRecord } from './records/getRecord.ts';
export { iterateRecords } from './records/iterateRecords.ts';
export { listRecords } from './records/listRecords.ts';
export { listRecordsPage } from './records/listRecordsPage.ts';
export type { FormRecordInput, TypedForm } from './records/typedForm.ts';
export type { Coding } from './schemas/coding.ts';
export { CodingSchema } from './schemas/coding.ts';
export type { Form } from './schemas/form.ts';
export { FormSchema } from './schemas/form.ts';
export type { Interval, IntervalForm } from './schemas/interval.ts';
export { IntervalSchema } from './schemas/interval.ts';
export type { Keyword } from './schemas/keyword.ts';
export { KeywordSchema } from './schemas/keyword.ts';
export type { Query, QueryComment } from './schemas/query.ts';
export { QueryCommentSchema, QuerySchema } from './schemas/query.ts';
export type { EdcRecord, EdcRecord as Record } from './schemas/record.ts';
export { RecordSchema } from './schemas/record.ts';
export type { RecordRevision } from './schemas/recordRevision.ts';
export { RecordRevisionSchema } from './schemas/recordRevision.ts';
export type { Site } from './schemas/site.ts';
export { SiteSchema } from './schemas/site.ts';
export type { Study } from './schemas/study.ts';
export { StudySchema } from './schemas/study.ts';
export type { Subject } from './schemas/subject.ts';
export { SubjectSchema } from './schemas/subject.ts';
export type { Role, User } from './schemas/user.ts';
export { RoleSchema, UserSchema } from './schemas/user.ts';
export type { Variable } from './schemas/variable.ts';
export { VariableSchema } from './schemas/variable.ts';
export type { Visit } from './schemas/visit.ts';
export { VisitSchema } from './schemas/visit.ts';
export { getSite } from './sites/getSite.ts';
export { iterateSites } from './sites/iterateSites.ts';
export { listSites } from './sites/listSites.ts';
export { listSitesPage } from './sites/listSitesPage.ts';
export { getStudy } from './studies/getStudy.ts';
export { iterateStudies } from './studies/iterateStudies.ts';
export { listStudies } from './studies/listStudies.ts';
export { listStudiesPage } from './studies/listStudiesPage.ts';
export { getSubject } from './subjects/getSubject.ts';
export { iterateSubjects } from './subjects/iterateSubjects.ts';
export { listSubjects } from './subjects/listSubjects.ts';
export { listSubjectsPage } from './subjects/listSubjectsPage.ts';
export { getUser } from './users/getUser.ts';
export { iterateUsers } from './users/iterateUsers.ts';
export { listUsers } from './users/listUsers.ts';
export { listUsersPage } from './users/listUsersPage.ts';
export { getVariable } from './variables/getVariable.ts';
export { iterateVariables } from './variables/iterateVariables.ts';
export { listVariables } from './variables/listVariables.ts';
export { listVariablesPage } from './variables/listVariablesPage.ts';
export { getVisit } from './visits/getVisit.ts';
export { iterateVisits } from './visits/iterateVisits.ts';
export { listVisits } from './visits/listVisits.ts';
export { listVisitsPage } from './visits/listVisitsPage.ts';

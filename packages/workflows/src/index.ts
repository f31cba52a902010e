export {
  createWorkflows,
  createWorkflows as default,
  type Workflows,
} from './createWorkflows.ts';
export { type AuditTrailCriteria, extractAuditTrail } from './dataExtraction/extractAuditTrail.ts';
export { type ExtractRecordsCriteria, extractRecords } from './dataExtraction/extractRecords.ts';
export { getOpenQueries } from './queryManagement/getOpenQueries.ts';
export {
  type GetQueriesBySiteOptions,
  getQueriesBySite,
} from './queryManagement/getQueriesBySite.ts';
export { getQueriesForSubject } from './queryManagement/getQueriesForSubject.ts';
export { getQueryState, type QueryState } from './queryManagement/getQueryState.ts';
export {
  getQueryStateCounts,
  type QueryStateCounts,
} from './queryManagement/getQueryStateCounts.ts';
export { FIXED_COLUMNS } from './recordMapper/fixedColumns.ts';
export { iterateFormTables } from './recordMapper/iterateFormTables.ts';
export { iterateLongRows } from './recordMapper/iterateLongRows.ts';
export { iterateRecordRows } from './recordMapper/iterateRecordRows.ts';
export { listRecordRows } from './recordMapper/listRecordRows.ts';
export {
  loadMapperContext,
  type MapperContext,
  type RecordMapperOptions,
} from './recordMapper/loadMapperContext.ts';
export { openLongTable } from './recordMapper/openLongTable.ts';
export { openRecordTable } from './recordMapper/openRecordTable.ts';
export {
  type ColumnBinding,
  type ColumnPlan,
  type ColumnSelection,
  planColumns,
} from './recordMapper/planColumns.ts';
export { LONG_COLUMNS } from './recordMapper/toLongRows.ts';
export { type RecordInfo, toWideRow } from './recordMapper/toWideRow.ts';
export type {
  CellValue,
  Column,
  ColumnType,
  FormTable,
  Row,
  RowStream,
} from './recordMapper/types.ts';
export {
  buildValidationSchema,
  type ChoiceMap,
  type SiteInfo,
  type ValidationSchema,
  type ValidationSchemaInput,
} from './recordUpdate/buildValidationSchema.ts';
export {
  checkRecords,
  type ValidationIssue,
  type ValidationResult,
} from './recordUpdate/checkRecords.ts';
export { checkValue } from './recordUpdate/checkValue.ts';
export { type CreateNewRecordInput, createNewRecord } from './recordUpdate/createNewRecord.ts';
export {
  createOrUpdateRecords,
  type WriteRecordsOptions,
  type WriteRecordsResult,
} from './recordUpdate/createOrUpdateRecords.ts';
export {
  type LoadValidationSchemaOptions,
  loadValidationSchema,
} from './recordUpdate/loadValidationSchema.ts';
export { type RegisterSubjectInput, registerSubject } from './recordUpdate/registerSubject.ts';
export {
  type UpdateScheduledRecordInput,
  updateScheduledRecord,
} from './recordUpdate/updateScheduledRecord.ts';
export { type ValidateRecordsOptions, validateRecords } from './recordUpdate/validateRecords.ts';
export {
  type FormStructure,
  getStudyStructure,
  type IntervalStructure,
  type StudyStructure,
} from './studyStructure/getStudyStructure.ts';
export { getSubjectData, type SubjectData } from './subjectData/getSubjectData.ts';

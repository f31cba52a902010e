import type { Client } from '@imednet/core';
import { extractAuditTrail } from './dataExtraction/extractAuditTrail.ts';
import { extractRecords } from './dataExtraction/extractRecords.ts';
import { getOpenQueries } from './queryManagement/getOpenQueries.ts';
import { getQueriesBySite } from './queryManagement/getQueriesBySite.ts';
import { getQueriesForSubject } from './queryManagement/getQueriesForSubject.ts';
import { getQueryStateCounts } from './queryManagement/getQueryStateCounts.ts';
import { iterateFormTables } from './recordMapper/iterateFormTables.ts';
import { iterateLongRows } from './recordMapper/iterateLongRows.ts';
import { iterateRecordRows } from './recordMapper/iterateRecordRows.ts';
import { listRecordRows } from './recordMapper/listRecordRows.ts';
import { openLongTable } from './recordMapper/openLongTable.ts';
import { openRecordTable } from './recordMapper/openRecordTable.ts';
import { createNewRecord } from './recordUpdate/createNewRecord.ts';
import { createOrUpdateRecords } from './recordUpdate/createOrUpdateRecords.ts';
import { registerSubject } from './recordUpdate/registerSubject.ts';
import { updateScheduledRecord } from './recordUpdate/updateScheduledRecord.ts';
import { validateRecords } from './recordUpdate/validateRecords.ts';
import { getStudyStructure } from './studyStructure/getStudyStructure.ts';
import { getSubjectData } from './subjectData/getSubjectData.ts';

/** A workflow with its client already given. */
type Bound<F> = F extends (client: Client, ...args: infer A) => infer R ? (...args: A) => R : never;

/** The namespace `createWorkflows` returns: every workflow bound to one client. */
export type Workflows = {
  readonly dataExtraction: {
    readonly extractRecords: Bound<typeof extractRecords>;
    readonly extractAuditTrail: Bound<typeof extractAuditTrail>;
  };
  readonly queryManagement: {
    readonly getOpenQueries: Bound<typeof getOpenQueries>;
    readonly getQueriesForSubject: Bound<typeof getQueriesForSubject>;
    readonly getQueriesBySite: Bound<typeof getQueriesBySite>;
    readonly getQueryStateCounts: Bound<typeof getQueryStateCounts>;
  };
  readonly recordMapper: {
    readonly openRecordTable: Bound<typeof openRecordTable>;
    readonly iterateRecordRows: Bound<typeof iterateRecordRows>;
    readonly listRecordRows: Bound<typeof listRecordRows>;
    readonly iterateFormTables: Bound<typeof iterateFormTables>;
    readonly openLongTable: Bound<typeof openLongTable>;
    readonly iterateLongRows: Bound<typeof iterateLongRows>;
  };
  readonly recordUpdate: {
    readonly validateRecords: Bound<typeof validateRecords>;
    readonly createOrUpdateRecords: Bound<typeof createOrUpdateRecords>;
    readonly registerSubject: Bound<typeof registerSubject>;
    readonly updateScheduledRecord: Bound<typeof updateScheduledRecord>;
    readonly createNewRecord: Bound<typeof createNewRecord>;
  };
  readonly subjectData: {
    readonly getSubjectData: Bound<typeof getSubjectData>;
  };
  readonly studyStructure: {
    readonly getStudyStructure: Bound<typeof getStudyStructure>;
  };
};

/**
 * The workflows plugin: binds every workflow to `client` and groups them as the Python SDK's
 * `sdk.workflows` does (plus `studyStructure`). It only binds: each member calls the plain
 * function of the same name with the client first. Nothing is fetched and the client is not
 * changed. Also the package's default export, so `loadWorkflows(client)` finds it.
 *
 * @throws never
 * @example
 * const workflows = createWorkflows(client);
 * const counts = await workflows.queryManagement.getQueryStateCounts('STUDY-1');
 */
// @__NO_SIDE_EFFECTS__
export function createWorkflows(client: Client): Workflows {
  return Object.freeze({
    dataExtraction: Object.freeze({
      extractRecords: (...args) => extractRecords(client, ...args),
      extractAuditTrail: (...args) => extractAuditTrail(client, ...args),
    }),
    queryManagement: Object.freeze({
      getOpenQueries: (...args) => getOpenQueries(client, ...args),
      getQueriesForSubject: (...args) => getQueriesForSubject(client, ...args),
      getQueriesBySite: (...args) => getQueriesBySite(client, ...args),
      getQueryStateCounts: (...args) => getQueryStateCounts(client, ...args),
    }),
    recordMapper: Object.freeze({
      openRecordTable: (...args) => openRecordTable(client, ...args),
      iterateRecordRows: (...args) => iterateRecordRows(client, ...args),
      listRecordRows: (...args) => listRecordRows(client, ...args),
      iterateFormTables: (...args) => iterateFormTables(client, ...args),
      openLongTable: (...args) => openLongTable(client, ...args),
      iterateLongRows: (...args) => iterateLongRows(client, ...args),
    }),
    recordUpdate: Object.freeze({
      validateRecords: (...args) => validateRecords(client, ...args),
      createOrUpdateRecords: (...args) => createOrUpdateRecords(client, ...args),
      registerSubject: (...args) => registerSubject(client, ...args),
      updateScheduledRecord: (...args) => updateScheduledRecord(client, ...args),
      createNewRecord: (...args) => createNewRecord(client, ...args),
    }),
    subjectData: Object.freeze({
      getSubjectData: (...args) => getSubjectData(client, ...args),
    }),
    studyStructure: Object.freeze({
      getStudyStructure: (...args) => getStudyStructure(client, ...args),
    }),
  } satisfies Workflows);
}

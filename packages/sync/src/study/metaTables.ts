import type { ColumnType, ExportRow, ExportValue } from '@imednet/export/layout';
import type { TableColumn, TableSpec } from '../target/tableSpec.ts';

function spec(name: string, key: string, columns: Record<string, ColumnType>): TableSpec {
  const list: TableColumn[] = Object.entries(columns).map(([column, type]) => ({
    name: column,
    type,
  }));
  return { name, key, columns: list };
}

/** The checkpoint of each study the target holds, written with the data it covers. */
export const SYNC_TABLE = '_imednet_sync';

/** The study's lists beside the per-form tables; names no form table can take. */
export const META_TABLES = {
  sites: spec('_imednet_sites', 'siteId', {
    siteId: 'integer',
    siteName: 'string',
    siteEnrollmentStatus: 'string',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  forms: spec('_imednet_forms', 'formId', {
    formId: 'integer',
    formKey: 'string',
    formName: 'string',
    formType: 'string',
    revision: 'integer',
    embeddedLog: 'boolean',
    enforceOwnership: 'boolean',
    userAgreement: 'boolean',
    subjectRecordReport: 'boolean',
    unscheduledVisit: 'boolean',
    otherForms: 'boolean',
    eproForm: 'boolean',
    allowCopy: 'boolean',
    disabled: 'boolean',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  variables: spec('_imednet_variables', 'variableId', {
    variableId: 'integer',
    variableName: 'string',
    variableType: 'string',
    label: 'string',
    sequence: 'integer',
    revision: 'integer',
    formId: 'integer',
    formKey: 'string',
    formName: 'string',
    variableOid: 'string',
    disabled: 'boolean',
    deleted: 'boolean',
    blinded: 'boolean',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  intervals: spec('_imednet_intervals', 'intervalId', {
    intervalId: 'integer',
    intervalName: 'string',
    intervalDescription: 'string',
    intervalSequence: 'integer',
    intervalGroupId: 'integer',
    intervalGroupName: 'string',
    timeline: 'string',
    disabled: 'boolean',
    forms: 'string',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  subjects: spec('_imednet_subjects', 'subjectId', {
    subjectId: 'integer',
    subjectKey: 'string',
    subjectOid: 'string',
    subjectStatus: 'string',
    siteId: 'integer',
    siteName: 'string',
    deleted: 'boolean',
    enrollmentStartDate: 'timestamp',
    keywords: 'string',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  // Queries and visits, like subjects, are kept current from the change feed (dateModified).
  queries: spec('_imednet_queries', 'annotationId', {
    annotationId: 'integer',
    subjectId: 'integer',
    subjectOid: 'string',
    subjectKey: 'string',
    annotationType: 'string',
    type: 'string',
    description: 'string',
    recordId: 'integer',
    variable: 'string',
    queryComments: 'string',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  visits: spec('_imednet_visits', 'visitId', {
    visitId: 'integer',
    intervalId: 'integer',
    intervalName: 'string',
    subjectId: 'integer',
    subjectKey: 'string',
    startDate: 'string',
    endDate: 'string',
    dueDate: 'string',
    visitDate: 'string',
    visitDateForm: 'string',
    visitDateQuestion: 'string',
    deleted: 'boolean',
    dateCreated: 'timestamp',
    dateModified: 'timestamp',
  }),
  revisions: spec('_imednet_revisions', 'recordRevisionId', {
    recordRevisionId: 'integer',
    recordId: 'integer',
    recordOid: 'string',
    recordRevision: 'integer',
    dataRevision: 'integer',
    recordStatus: 'string',
    subjectId: 'integer',
    subjectOid: 'string',
    subjectKey: 'string',
    siteId: 'integer',
    formKey: 'string',
    intervalId: 'integer',
    role: 'string',
    user: 'string',
    reasonForChange: 'string',
    deleted: 'boolean',
    dateCreated: 'timestamp',
  }),
} as const;

/** Names a form table must not take. */
export const RESERVED_TABLES: readonly string[] = [
  SYNC_TABLE,
  ...Object.values(META_TABLES).map((t) => t.name),
];

/** An API item as a row of its table: nested lists (keywords, forms, query comments) as JSON text. */
export function toMetaRow(table: TableSpec, item: object): ExportRow {
  const row: Record<string, ExportValue> = {};
  for (const { name } of table.columns) {
    const value = (item as Record<string, unknown>)[name];
    row[name] =
      value === undefined || value === null
        ? null
        : typeof value === 'object' && !(value instanceof Date)
          ? JSON.stringify(value)
          : (value as ExportValue);
  }
  return row;
}

import { arrayCollection, type Collection, type Item } from '../collection.ts';
import { formatTimestamp } from '../dates.ts';
import {
  codingCollection,
  createRevisionLog,
  queryCollection,
  type RevisionLog,
  visitCollection,
} from './derived.ts';
import {
  FORM_FIELDS,
  INTERVAL_FIELDS,
  RECORD_FIELDS,
  SITE_FIELDS,
  SUBJECT_FIELDS,
  USER_FIELDS,
  VARIABLE_FIELDS,
} from './fields.ts';
import { generateStudy } from './generateStudy.ts';
import { createRecordStore, type RecordStore } from './recordStore.ts';
import type { StudyBase } from './studyBase.ts';
import { FORMS, type FormTemplate } from './templates.ts';

/** A job as kept by the sandbox. */
export interface JobState {
  readonly jobId: string;
  readonly batchId: string;
  readonly created: number;
  readonly items: readonly Record<string, unknown>[];
  state: 'completed' | 'failed' | null;
  reasons: string[];
}

/** One study as served: its fixed data, lazy records, derived lists and jobs. */
export interface StudyState {
  readonly base: StudyBase;
  readonly records: RecordStore;
  readonly revisions: RevisionLog;
  readonly lists: Readonly<Record<string, Collection>>;
  readonly jobs: Map<string, JobState>;
  /** Jobs not yet finished, oldest first. */
  readonly pending: JobState[];
}

/** Builds the state of study number `s`. */
export function createStudyState(
  seed: number,
  s: number,
  subjectCount: number,
  recordCount: number,
  formTemplates: readonly FormTemplate[] = FORMS,
): StudyState {
  const base = generateStudy(seed, s, subjectCount, recordCount, formTemplates);
  const records = createRecordStore(base);
  const revisions = createRevisionLog(base, records);
  const variables: Item[] = base.variables.map((v, k) => ({
    studyKey: base.key,
    variableId: v.variableId,
    variableType: v.template.typeText ?? v.template.type,
    variableName: v.template.name,
    sequence: k + 1,
    revision: 1,
    disabled: v.form.disabled ?? false,
    dateCreated: formatTimestamp(base.start - 25 * 86_400_000 + k * 1000),
    dateModified: formatTimestamp(base.start - 24 * 86_400_000 + k * 1000),
    formId: v.formId,
    variableOid: `OID-${v.template.name}`,
    deleted: false,
    formKey: v.form.key,
    formName: v.form.name,
    label: v.template.label,
    blinded: false,
  }));
  const forms = base.forms.map((f) => f.item);
  const intervals = base.intervals.map((i) => i.item);
  // Users come in login order, as in the spec's example.
  const users = [...base.users].sort((a, b) =>
    (a.login as string) < (b.login as string) ? -1 : 1,
  );
  const activeUsers = users.filter((u) => u.userActiveInStudy);
  return {
    base,
    records,
    revisions,
    jobs: new Map(),
    pending: [],
    lists: {
      sites: arrayCollection('siteId', SITE_FIELDS, () => base.sites),
      forms: arrayCollection('formId', FORM_FIELDS, () => forms),
      intervals: arrayCollection('intervalId', INTERVAL_FIELDS, () => intervals),
      variables: arrayCollection('variableId', VARIABLE_FIELDS, () => variables),
      subjects: arrayCollection('subjectId', SUBJECT_FIELDS, () => base.subjects),
      users: arrayCollection('userId', USER_FIELDS, () => activeUsers, undefined, 'login'),
      allUsers: arrayCollection('userId', USER_FIELDS, () => users, undefined, 'login'),
      visits: visitCollection(base),
      records: {
        idField: 'recordId',
        fields: RECORD_FIELDS,
        size: records.size,
        light: records.light,
        full: records.full,
        writeJson: records.writeJson,
        field: records.field,
        dataValue: records.dataValue,
        data: records.data,
        version: records.version,
      },
      recordRevisions: revisions.collection,
      queries: queryCollection(base, records),
      codings: codingCollection(base, records),
    },
  };
}

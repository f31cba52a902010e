import type { Collection, FieldKind, Item } from '../collection.ts';
import { DAY_MS, formatDate, formatTimestamp } from '../dates.ts';
import { hash, pick } from '../random.ts';
import { SALT } from '../salts.ts';
import { slotAt } from './generateStudy.ts';
import type { RecordStore } from './recordStore.ts';
import { IDS, type StudyBase } from './studyBase.ts';

const ms = (timestamp: unknown) => Date.parse((timestamp as string).replace(' ', 'T') + 'Z');

const VISIT_FIELDS: Record<string, FieldKind> = {
  studyKey: 'string',
  visitId: 'integer',
  intervalId: 'integer',
  intervalName: 'string',
  subjectId: 'integer',
  subjectKey: 'string',
  startDate: 'date',
  endDate: 'date',
  dueDate: 'date',
  visitDate: 'date',
  visitDateForm: 'string',
  visitDateQuestion: 'string',
  deleted: 'boolean',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

/** Visits: one per subject per interval that has visits, computed from the subject. */
export function visitCollection(base: StudyBase): Collection {
  const per = base.visitedIntervals.length;
  const at = (v: number): Item => {
    const subjectIndex = Math.floor(v / per);
    const subject = base.subjects[subjectIndex]!;
    const interval = base.visitedIntervals[v % per]!;
    const t = interval.template;
    const created = base.subjectCreated[subjectIndex]!;
    const due = created + t.dueDays * DAY_MS;
    const done =
      t.name !== 'Week 8' || hash(base.seed, base.index, subjectIndex, SALT.visitDone) % 3 !== 0;
    return {
      visitId: IDS.visit(base.index) + v + 1,
      studyKey: base.key,
      intervalId: interval.intervalId,
      intervalName: t.name,
      subjectId: subject.subjectId,
      subjectKey: subject.subjectKey,
      startDate: formatDate(due - t.slack * DAY_MS),
      endDate: formatDate(due + t.slack * DAY_MS),
      dueDate: t.dueDays > 0 ? formatDate(due) : null,
      visitDate: done
        ? formatDate(due + (hash(base.seed, base.index, v, SALT.visitDay) % (t.slack + 1)) * DAY_MS)
        : '',
      visitDateForm: 'Vital Signs',
      visitDateQuestion: 'VSDT',
      deleted: false,
      dateCreated: formatTimestamp(created),
      dateModified: formatTimestamp(created + DAY_MS),
    };
  };
  return {
    idField: 'visitId',
    fields: VISIT_FIELDS,
    size: () => base.subjects.length * per,
    light: at,
    full: at,
    version: () => base.subjects.length,
  };
}

const REVISION_FIELDS: Record<string, FieldKind> = {
  studyKey: 'string',
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
};

const REVISION_OFFSETS = [0, 1, 1, 2, 3];

/** The revisions of records: a record's first revisions are generated, later ones appended. */
export interface RevisionLog {
  readonly collection: Collection;
  append(
    recordIndex: number,
    revision: number,
    at: number,
    reason: string,
    deleted?: boolean,
  ): void;
}

/** Creates the revision log: every generated record has revision 1, every fourth also 2. */
export function createRevisionLog(base: StudyBase, records: RecordStore): RevisionLog {
  const baseCount = base.baseRecords + Math.floor((base.baseRecords + 2) / 4);
  const extras: Item[] = [];
  const start = IDS.revision(base.index);
  const make = (
    id: number,
    r: number,
    revision: number,
    at: string,
    status: string,
    reason: string,
    deleted = false,
  ): Item => {
    const record = records.original(r);
    const user = pick(base.users, base.seed, base.index, r, revision, SALT.revisionUser);
    const role = (user.roles as Item[])[0]!;
    return {
      studyKey: base.key,
      recordRevisionId: id,
      recordId: record.recordId,
      recordOid: record.recordOid,
      recordRevision: revision,
      dataRevision: revision,
      recordStatus: status,
      subjectId: record.subjectId,
      subjectOid: record.subjectOid,
      subjectKey: record.subjectKey,
      siteId: record.siteId,
      formKey: record.formKey,
      intervalId: record.intervalId,
      role: role.name,
      user: user.login,
      reasonForChange: reason,
      deleted,
      dateCreated: at,
    };
  };
  const at = (i: number): Item => {
    if (i >= baseCount) return extras[i - baseCount]!;
    const block = Math.floor(i / 5);
    const off = i % 5;
    const r = block * 4 + REVISION_OFFSETS[off]!;
    const original = records.original(r);
    const revision = off === 2 ? 2 : 1;
    return make(
      start + i + 1,
      r,
      revision,
      (revision === 2 ? original.dateModified : original.dateCreated) as string,
      original.recordStatus as string,
      revision === 2 ? 'Data entry error' : '',
    );
  };
  return {
    collection: {
      idField: 'recordRevisionId',
      fields: REVISION_FIELDS,
      size: () => baseCount + extras.length,
      light: at,
      full: at,
      version: () => extras.length,
    },
    append(r, revision, time, reason, deleted = false) {
      const record = records.light(r);
      extras.push(
        make(
          start + baseCount + extras.length + 1,
          r,
          revision,
          formatTimestamp(time),
          record.recordStatus as string,
          reason,
          deleted,
        ),
      );
    },
  };
}

const QUERY_FIELDS: Record<string, FieldKind> = {
  studyKey: 'string',
  subjectId: 'integer',
  subjectOid: 'string',
  annotationType: 'string',
  annotationId: 'integer',
  type: 'string',
  description: 'string',
  recordId: 'integer',
  variable: 'string',
  subjectKey: 'string',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

const QUERY_TEXTS = [
  'Value out of expected range, please verify.',
  'Date is before the registration date.',
  'Missing value, please complete.',
  'Please confirm the unit used.',
];

/** Queries: one on every tenth generated record; every third is closed. */
export function queryCollection(base: StudyBase, records: RecordStore): Collection {
  const count = Math.floor(base.baseRecords / 10);
  const at = (q: number): Item => {
    const { seed, index: s } = base;
    const r = q * 10 + (hash(seed, s, q, SALT.queryRecord) % 10);
    const record = records.original(r);
    const [, formKey] = slotAt(r % base.recordsPerSubject);
    const form = base.formsByKey.get(formKey)!;
    const variable = pick(form.variables, seed, s, q, SALT.queryVariable).template.name;
    const created = ms(record.dateCreated) + DAY_MS;
    const closed = q % 3 === 0;
    const n = closed
      ? 2 + (hash(seed, s, q, SALT.queryComments) % 2)
      : 1 + (hash(seed, s, q, SALT.queryComments) % 2);
    const comments: Item[] = [];
    for (let c = 0; c < n; c++) {
      const last = c === n - 1;
      comments.push({
        sequence: c + 1,
        annotationStatus:
          closed && last ? 'Query Closed' : c === 0 ? 'Monitor Query Open' : 'Site Response',
        user: pick(base.users, seed, s, q, c, SALT.queryCommentUser).login,
        comment:
          c === 0
            ? pick(QUERY_TEXTS, seed, s, q, SALT.queryText)
            : closed && last
              ? 'Resolved.'
              : 'Value checked at site.',
        closed: closed && last,
        date: formatTimestamp(created + c * DAY_MS),
      });
    }
    const kind = pick(['question', 'record', 'subject'], seed, s, q, SALT.queryKind);
    return {
      studyKey: base.key,
      subjectId: record.subjectId,
      subjectOid: record.subjectOid,
      annotationType: kind,
      annotationId: IDS.query(s) + q + 1,
      type: q % 2 === 0 ? null : kind,
      description: comments[0]!.comment,
      recordId: record.recordId,
      variable,
      subjectKey: record.subjectKey,
      dateCreated: formatTimestamp(created),
      dateModified: formatTimestamp(created + (n - 1) * DAY_MS),
      queryComments: comments,
    };
  };
  return {
    idField: 'annotationId',
    fields: QUERY_FIELDS,
    size: () => count,
    light: at,
    full: at,
    version: () => 0,
  };
}

const CODING_FIELDS: Record<string, FieldKind> = {
  studyKey: 'string',
  siteName: 'string',
  siteId: 'integer',
  subjectId: 'integer',
  subjectKey: 'string',
  formId: 'integer',
  formName: 'string',
  formKey: 'string',
  revision: 'integer',
  recordId: 'integer',
  variable: 'string',
  value: 'string',
  codingId: 'integer',
  code: 'string',
  codedBy: 'string',
  reason: 'string',
  dictionaryName: 'string',
  dictionaryVersion: 'string',
  dateCoded: 'timestamp',
};

/** Codings: one for every generated record of a coded form (adverse events, medications). */
export function codingCollection(base: StudyBase, records: RecordStore): Collection {
  const slots: number[] = [];
  for (let slot = 0; slot < base.recordsPerSubject; slot++) {
    if (base.formsByKey.get(slotAt(slot)[1])!.template.coded) slots.push(slot);
  }
  const count = base.baseSubjects * slots.length;
  const at = (c: number): Item => {
    const r = Math.floor(c / slots.length) * base.recordsPerSubject + slots[c % slots.length]!;
    const record = records.original(r);
    const form = base.formsByKey.get(record.formKey as string)!;
    const coded = form.template.coded!;
    const value = String(records.data(r)[coded.variable] ?? '');
    const subject = base.subjects[Math.floor(r / base.recordsPerSubject)]!;
    const coder = base.users[4]!;
    return {
      studyKey: base.key,
      siteName: subject.siteName,
      siteId: subject.siteId,
      subjectId: subject.subjectId,
      subjectKey: subject.subjectKey,
      formId: form.formId,
      formName: form.template.name,
      formKey: form.template.key,
      revision: form.item.revision,
      recordId: record.recordId,
      variable: coded.variable,
      value,
      codingId: IDS.coding(base.index) + c + 1,
      code: value === '' ? '' : `${value} NOS`,
      codedBy: `${coder.firstName} ${coder.lastName}`,
      reason: 'Initial coding',
      dictionaryName: coded.dictionary,
      dictionaryVersion: coded.version,
      dateCoded: formatTimestamp(ms(record.dateCreated) + 2 * DAY_MS),
    };
  };
  return {
    idField: 'codingId',
    fields: CODING_FIELDS,
    size: () => count,
    light: at,
    full: at,
    version: () => records.version(),
  };
}

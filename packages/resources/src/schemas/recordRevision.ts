import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * One revision of a record (the audit trail). `recordRevisionId` is always present: it is the
 * id `getRecordRevision` matches on, so a revision without it is a validation error. Every
 * other field is optional in the spec: `T | null`.
 */
export interface RecordRevision {
  recordRevisionId: number;
  studyKey: string | null;
  recordId: number | null;
  recordOid: string | null;
  recordRevision: number | null;
  dataRevision: number | null;
  recordStatus: string | null;
  subjectId: number | null;
  subjectOid: string | null;
  subjectKey: string | null;
  siteId: number | null;
  formKey: string | null;
  intervalId: number | null;
  role: string | null;
  user: string | null;
  reasonForChange: string | null;
  deleted: boolean | null;
  dateCreated: Date | null;
}

/** Decodes a {@link RecordRevision}; unknown fields are kept. */
export const RecordRevisionSchema = /* @__PURE__ */ v.looseObject({
  recordRevisionId: integerId(),
  studyKey: text(),
  recordId: integer(),
  recordOid: text(),
  recordRevision: integer(),
  dataRevision: integer(),
  recordStatus: text(),
  subjectId: integer(),
  subjectOid: text(),
  subjectKey: text(),
  siteId: integer(),
  formKey: text(),
  intervalId: integer(),
  role: text(),
  user: text(),
  reasonForChange: text(),
  deleted: boolean(),
  dateCreated: timestamp(),
});

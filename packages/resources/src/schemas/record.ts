import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { dataObject, list } from '../codecs/list.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';
import { type Keyword, KeywordSchema } from './keyword.ts';

/**
 * A record (one filled-in eCRF). `recordId` is always present: it is the id `getRecord`
 * matches on and the handle for updates, so a record without it is a validation error. Every
 * other field is optional in the spec: `T | null`. `recordData` is kept exactly as sent
 * (values are whatever the form stored, usually strings): only the form's variable
 * definitions can say how to read them.
 */
export interface EdcRecord {
  recordId: number;
  studyKey: string | null;
  intervalId: number | null;
  formId: number | null;
  formKey: string | null;
  siteId: number | null;
  recordOid: string | null;
  recordType: string | null;
  recordStatus: string | null;
  deleted: boolean | null;
  dateCreated: Date | null;
  dateModified: Date | null;
  subjectId: number | null;
  subjectOid: string | null;
  subjectKey: string | null;
  visitId: number | null;
  parentRecordId: number | null;
  keywords: Keyword[] | null;
  recordData: { [variableName: string]: unknown } | null;
}

/** Decodes an {@link EdcRecord}; unknown fields are kept. */
export const RecordSchema = /* @__PURE__ */ v.looseObject({
  recordId: integerId(),
  studyKey: text(),
  intervalId: integer(),
  formId: integer(),
  formKey: text(),
  siteId: integer(),
  recordOid: text(),
  recordType: text(),
  recordStatus: text(),
  deleted: boolean(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
  subjectId: integer(),
  subjectOid: text(),
  subjectKey: text(),
  visitId: integer(),
  parentRecordId: integer(),
  keywords: list(KeywordSchema),
  recordData: dataObject(),
});

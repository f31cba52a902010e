import * as v from 'valibot';
import { integer } from '../codecs/integer.ts';
import { text, textId } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A coding (a dictionary term assigned to a value). `codingId` is always present and is a
 * string: the spec says integer but the live API sends ids like "C1", and `getCoding`
 * matches on it, so a coding without it is a validation error. Every other field is optional
 * in the spec: `T | null`.
 */
export interface Coding {
  codingId: string;
  studyKey: string | null;
  siteName: string | null;
  siteId: number | null;
  subjectId: number | null;
  subjectKey: string | null;
  formId: number | null;
  formName: string | null;
  formKey: string | null;
  revision: number | null;
  recordId: number | null;
  variable: string | null;
  value: string | null;
  code: string | null;
  codedBy: string | null;
  reason: string | null;
  dictionaryName: string | null;
  dictionaryVersion: string | null;
  dateCoded: Date | null;
}

/** Decodes a {@link Coding}; unknown fields are kept. */
export const CodingSchema = /* @__PURE__ */ v.looseObject({
  codingId: textId(),
  studyKey: text(),
  siteName: text(),
  siteId: integer(),
  subjectId: integer(),
  subjectKey: text(),
  formId: integer(),
  formName: text(),
  formKey: text(),
  revision: integer(),
  recordId: integer(),
  variable: text(),
  value: text(),
  code: text(),
  codedBy: text(),
  reason: text(),
  dictionaryName: text(),
  dictionaryVersion: text(),
  dateCoded: timestamp(),
});

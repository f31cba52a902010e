import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer } from '../codecs/integer.ts';
import { list } from '../codecs/list.ts';
import { text, textId } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';
import { type Keyword, KeywordSchema } from './keyword.ts';

/**
 * A subject. `subjectKey` is always present: it is the id `getSubject` matches on and the
 * key records are written against, so a subject without it is a validation error. Every
 * other field is optional in the spec: `T | null` (`keywords` too: a missing list is not
 * an empty one).
 */
export interface Subject {
  subjectKey: string;
  studyKey: string | null;
  subjectId: number | null;
  subjectOid: string | null;
  subjectStatus: string | null;
  siteId: number | null;
  siteName: string | null;
  deleted: boolean | null;
  enrollmentStartDate: Date | null;
  dateCreated: Date | null;
  dateModified: Date | null;
  keywords: Keyword[] | null;
}

/** Decodes a {@link Subject}; unknown fields are kept. */
export const SubjectSchema = /* @__PURE__ */ v.looseObject({
  subjectKey: textId(),
  studyKey: text(),
  subjectId: integer(),
  subjectOid: text(),
  subjectStatus: text(),
  siteId: integer(),
  siteName: text(),
  deleted: boolean(),
  enrollmentStartDate: timestamp(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
  keywords: list(KeywordSchema),
});

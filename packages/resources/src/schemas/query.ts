import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { list } from '../codecs/list.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/** One step in a query's history; all fields optional in the spec, so `T | null`. */
export interface QueryComment {
  sequence: number | null;
  annotationStatus: string | null;
  user: string | null;
  comment: string | null;
  closed: boolean | null;
  date: Date | null;
}

/**
 * A query (an annotation raised on a subject, record or question). `annotationId` is always
 * present: it is the id `getQuery` matches on, so a query without it is a validation error.
 * Every other field is optional in the spec: `T | null`.
 */
export interface Query {
  annotationId: number;
  studyKey: string | null;
  subjectId: number | null;
  subjectOid: string | null;
  annotationType: string | null;
  type: string | null;
  description: string | null;
  recordId: number | null;
  variable: string | null;
  subjectKey: string | null;
  dateCreated: Date | null;
  dateModified: Date | null;
  queryComments: QueryComment[] | null;
}

/** Decodes a {@link QueryComment}; unknown fields are kept. */
export const QueryCommentSchema = /* @__PURE__ */ v.looseObject({
  sequence: integer(),
  annotationStatus: text(),
  user: text(),
  comment: text(),
  closed: boolean(),
  date: timestamp(),
});

/** Decodes a {@link Query}; unknown fields are kept. */
export const QuerySchema = /* @__PURE__ */ v.looseObject({
  annotationId: integerId(),
  studyKey: text(),
  subjectId: integer(),
  subjectOid: text(),
  annotationType: text(),
  type: text(),
  description: text(),
  recordId: integer(),
  variable: text(),
  subjectKey: text(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
  queryComments: list(QueryCommentSchema),
});

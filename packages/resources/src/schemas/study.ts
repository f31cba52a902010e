import * as v from 'valibot';
import { integer } from '../codecs/integer.ts';
import { text, textId } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A study. `studyKey` is always present: it is the study's id, every other call needs it,
 * and an item without it is unusable, so its absence is a validation error. Every other field
 * is optional in the spec, so it is `T | null` (null: not sent).
 */
export interface Study {
  studyKey: string;
  sponsorKey: string | null;
  studyId: number | null;
  studyName: string | null;
  studyDescription: string | null;
  studyType: string | null;
  dateCreated: Date | null;
  dateModified: Date | null;
}

/** Decodes a {@link Study}; unknown fields are kept. */
export const StudySchema = /* @__PURE__ */ v.looseObject({
  studyKey: textId(),
  sponsorKey: text(),
  studyId: integer(),
  studyName: text(),
  studyDescription: text(),
  studyType: text(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
});

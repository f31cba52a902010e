import * as v from 'valibot';
import { integer } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A keyword attached to a subject or a record. Every field may be missing (the spec marks all
 * optional and a keyword has no id the SDK relies on), so each is `T | null`.
 */
export interface Keyword {
  keywordName: string | null;
  keywordKey: string | null;
  keywordId: number | null;
  dateAdded: Date | null;
}

/** Decodes a {@link Keyword}; unknown fields are kept. */
export const KeywordSchema = /* @__PURE__ */ v.looseObject({
  keywordName: text(),
  keywordKey: text(),
  keywordId: integer(),
  dateAdded: timestamp(),
});

import * as v from 'valibot';
import { integerId } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A site. `siteId` is always present: it is the id `getSite` matches on, so a site without
 * it is a validation error. Every other field is optional in the spec: `T | null`.
 * `siteEnrollmentStatus` is free text ("Enrollment Open", "ENROLLMENT_OPEN", "Active", ...).
 */
export interface Site {
  siteId: number;
  studyKey: string | null;
  siteName: string | null;
  siteEnrollmentStatus: string | null;
  dateCreated: Date | null;
  dateModified: Date | null;
}

/** Decodes a {@link Site}; unknown fields are kept. */
export const SiteSchema = /* @__PURE__ */ v.looseObject({
  siteId: integerId(),
  studyKey: text(),
  siteName: text(),
  siteEnrollmentStatus: text(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
});

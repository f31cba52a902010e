import type { Site } from '../schemas/site.ts';
import type { Subject } from '../schemas/subject.ts';

/** Site statuses a live test may write to, normalised (lower case, spaces as `_`). */
export const ELIGIBLE_SITE_STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'active',
  'enrollment_open',
]);

/** Subject statuses a live test may write to, normalised (lower case, spaces as `_`). */
export const ELIGIBLE_SUBJECT_STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'active',
  'registered',
  'baseline',
  'enrolled',
]);

/** Lower case with runs of spaces as `_`, so "Enrollment Open" equals "ENROLLMENT_OPEN". */
export function normaliseStatus(status: string | null | undefined): string {
  return (status ?? '').trim().toLowerCase().replace(/\s+/g, '_');
}

/**
 * True when a site's enrollment status is active or open ("Enrollment Open", "ACTIVE", ...).
 *
 * @throws never
 * @example
 * const open = (await listSites(client, 'PHARMADEMO')).filter(isSiteEligible);
 */
export function isSiteEligible(site: Pick<Site, 'siteEnrollmentStatus'>): boolean {
  return ELIGIBLE_SITE_STATUSES.has(normaliseStatus(site.siteEnrollmentStatus));
}

/**
 * True when a subject's status allows new data (active, registered, baseline or enrolled).
 *
 * @throws never
 * @example
 * const live = (await listSubjects(client, 'PHARMADEMO')).filter(isSubjectEligible);
 */
export function isSubjectEligible(subject: Pick<Subject, 'subjectStatus'>): boolean {
  return ELIGIBLE_SUBJECT_STATUSES.has(normaliseStatus(subject.subjectStatus));
}

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

/** A status string (as the Python SDK takes), or the object that carries it. */
function statusOf<K extends string>(
  value: Readonly<Record<K, string | null | undefined>> | string | null | undefined,
  key: K,
): string | null | undefined {
  return typeof value === 'object' && value !== null ? value[key] : value;
}

/**
 * True when a site's enrollment status is active or open ("Enrollment Open", "ACTIVE", ...).
 * Takes the site, or its status string as the Python SDK's helper does.
 *
 * @throws never
 * @example
 * const open = (await listSites(client, 'PHARMADEMO')).filter(isSiteEligible);
 * isSiteEligible('Enrollment Open'); // true
 */
export function isSiteEligible(
  site: Pick<Site, 'siteEnrollmentStatus'> | string | null | undefined,
): boolean {
  return ELIGIBLE_SITE_STATUSES.has(normaliseStatus(statusOf(site, 'siteEnrollmentStatus')));
}

/**
 * True when a subject's status allows new data (active, registered, baseline or enrolled).
 * Takes the subject, or its status string as the Python SDK's helper does.
 *
 * @throws never
 * @example
 * const live = (await listSubjects(client, 'PHARMADEMO')).filter(isSubjectEligible);
 * isSubjectEligible('Enrolled'); // true
 */
export function isSubjectEligible(
  subject: Pick<Subject, 'subjectStatus'> | string | null | undefined,
): boolean {
  return ELIGIBLE_SUBJECT_STATUSES.has(normaliseStatus(statusOf(subject, 'subjectStatus')));
}

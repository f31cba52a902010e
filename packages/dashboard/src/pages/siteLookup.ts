import type { Site, Subject } from '@imednet/resources';

/** Finds a subject's site, for lists that name only the subject (queries, visits). */
export interface SiteLookup {
  /** Site names in list order, each once. */
  readonly names: readonly string[];
  nameOf(siteId: number | null | undefined): string;
  siteOfSubject(subject: { subjectKey?: string | null; subjectId?: number | null }): string;
}

/** Shown for a subject or record whose site is not in the list. */
export const NO_SITE = '(no site)';

/**
 * Builds the site lookup of a study from its sites and subjects.
 *
 * @throws never
 * @example
 * const sites = siteLookup(await listSites(c, k), await listSubjects(c, k));
 */
export function siteLookup(sites: readonly Site[], subjects: readonly Subject[]): SiteLookup {
  const names = new Map<number, string>();
  for (const site of sites) names.set(site.siteId, site.siteName ?? `Site ${site.siteId}`);
  const byKey = new Map<string, number | null>();
  const byId = new Map<number, number | null>();
  for (const s of subjects) {
    byKey.set(s.subjectKey, s.siteId);
    if (s.subjectId !== null) byId.set(s.subjectId, s.siteId);
  }
  const nameOf = (siteId: number | null | undefined): string =>
    siteId === null || siteId === undefined ? NO_SITE : (names.get(siteId) ?? `Site ${siteId}`);
  return {
    names: [...new Set(names.values())],
    nameOf,
    siteOfSubject: (subject) =>
      nameOf(
        (subject.subjectKey ? byKey.get(subject.subjectKey) : undefined) ??
          (subject.subjectId !== null && subject.subjectId !== undefined
            ? byId.get(subject.subjectId)
            : undefined),
      ),
  };
}

import { DAY_MS, formatTimestamp } from '../dates.ts';
import { hash } from '../random.ts';
import { SALT } from '../salts.ts';
import { IDS, type Item, type StudyContext } from './studyBase.ts';
import { SITE_NAMES, SITE_STATUSES } from './templates.ts';

/** The study's sites: 4 to 6, the last one closed to enrolment. */
export function generateSites({ seed, s, key, start }: StudyContext): Item[] {
  const siteCount = 4 + (hash(seed, s, SALT.siteCount) % 3);
  const sites: Item[] = [];
  for (let j = 0; j < siteCount; j++) {
    sites.push({
      studyKey: key,
      siteId: IDS.site(s) + j + 1,
      siteName: SITE_NAMES[(j + s) % SITE_NAMES.length]!,
      siteEnrollmentStatus: j === siteCount - 1 ? 'Enrollment Closed' : SITE_STATUSES[j % 3]!,
      dateCreated: formatTimestamp(start - (20 - j) * DAY_MS),
      dateModified: formatTimestamp(start - (10 - j) * DAY_MS),
    });
  }
  return sites;
}

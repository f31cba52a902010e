import { DAY_MS, formatTimestamp } from '../dates.ts';
import { between, hash, pick } from '../random.ts';
import { SALT } from '../salts.ts';
import { IDS, type Item, type StudyBase, type StudyContext } from './studyBase.ts';
import { SUBJECT_STATUSES } from './templates.ts';

/** Subjects enrol over this span from the study's start. */
const ENROLMENT_SPAN = 400 * DAY_MS;

function subjectKeyOf(siteIndex: number, n: number): string {
  return String(siteIndex + 1).padStart(2, '0') + '-' + String(n).padStart(3, '0');
}

/** Builds a subject item (also used by registrations). */
export function makeSubject(
  base: Pick<StudyBase, 'key' | 'index' | 'sites'>,
  subjectId: number,
  siteIndex: number,
  n: number,
  status: string,
  created: number,
  keywords: Item[],
): Item {
  const site = base.sites[siteIndex]!;
  return {
    studyKey: base.key,
    subjectId,
    subjectOid: `OID-${subjectId}`,
    subjectKey: subjectKeyOf(siteIndex, n),
    subjectStatus: status,
    siteId: site.siteId,
    siteName: site.siteName,
    deleted: status === 'Withdrawn' && n % 2 === 0,
    enrollmentStartDate: formatTimestamp(created),
    dateCreated: formatTimestamp(created),
    dateModified: formatTimestamp(created + 3_600_000),
    keywords,
  };
}

/** The generated subjects of a study and their indexes. */
export type GeneratedSubjects = Pick<
  StudyBase,
  'subjects' | 'subjectCreated' | 'subjectsByKey' | 'nextSubjectNumber'
>;

/** `subjectCount` subjects spread over the sites in turn and over the enrolment span. */
export function generateSubjects(
  context: StudyContext,
  sites: Item[],
  subjectCount: number,
): GeneratedSubjects {
  const { seed, s, key, start } = context;
  const subjects: Item[] = [];
  const subjectCreated: number[] = [];
  const subjectsByKey = new Map<string, number>();
  const nextSubjectNumber = new Map<number, number>();
  const base = { key, index: s, sites };
  for (let i = 0; i < subjectCount; i++) {
    const siteIndex = i % sites.length;
    const n = Math.floor(i / sites.length) + 1;
    const at =
      start +
      Math.floor((i * ENROLMENT_SPAN) / Math.max(1, subjectCount)) +
      between(0, 86_399, seed, s, i, SALT.subjectSecond) * 1000;
    const subject = makeSubject(
      base,
      IDS.subject(s) + i + 1,
      siteIndex,
      n,
      pick(SUBJECT_STATUSES, seed, s, i, SALT.subjectStatus),
      at,
      keywordsOf(seed, s, i, at),
    );
    subjects.push(subject);
    subjectCreated.push(at);
    subjectsByKey.set(subject.subjectKey as string, i);
    nextSubjectNumber.set(sites[siteIndex]!.siteId as number, n + 1);
  }
  return { subjects, subjectCreated, subjectsByKey, nextSubjectNumber };
}

/** One subject in ten carries the "Data Entry Error" keyword. */
function keywordsOf(seed: number, s: number, i: number, at: number): Item[] {
  if (hash(seed, s, i, SALT.subjectKeyword) % 10 !== 0) return [];
  return [
    {
      keywordName: 'Data Entry Error',
      keywordKey: 'DEE',
      keywordId: 15362,
      dateAdded: formatTimestamp(at + DAY_MS),
    },
  ];
}

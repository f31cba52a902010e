import { DAY_MS, formatTimestamp } from '../dates.ts';
import { between } from '../random.ts';
import { SALT } from '../salts.ts';
import { generateForms } from './generateForms.ts';
import { generateIntervals } from './generateIntervals.ts';
import { generateSites } from './generateSites.ts';
import { generateSubjects } from './generateSubjects.ts';
import { generateUsers } from './generateUsers.ts';
import type { Item, StudyBase, StudyContext } from './studyBase.ts';
import {
  FORMS,
  type FormTemplate,
  LOG_SLOTS,
  SCHEDULE,
  STUDY_KEYS,
  STUDY_NAMES,
} from './templates.ts';

/** The study key of study number `s` (fixed names first, then `STUDY-<n>`). */
export function studyKeyOf(s: number): string {
  return STUDY_KEYS[s] ?? `STUDY-${s + 1}`;
}

/** The (interval, form) of a record slot of a subject. */
export function slotAt(slot: number): readonly [string, string] {
  if (slot < SCHEDULE.length) return SCHEDULE[slot]!;
  return LOG_SLOTS[(slot - SCHEDULE.length) % LOG_SLOTS.length]!;
}

/**
 * Builds the fixed part of study number `s`: sites, forms, variables, intervals, users and
 * subjects. Records and everything derived from them are computed lazily elsewhere.
 */
export function generateStudy(
  seed: number,
  s: number,
  subjectCount: number,
  recordCount: number,
  formTemplates: readonly FormTemplate[] = FORMS,
): StudyBase {
  const context: StudyContext = {
    seed,
    s,
    key: studyKeyOf(s),
    start:
      Date.UTC(2024, 0, 8) + s * 14 * DAY_MS + between(0, 600, seed, s, SALT.studyStart) * 60_000,
  };
  const sites = generateSites(context);
  const { forms, variables } = generateForms(context, formTemplates);
  const formsByKey = new Map(forms.map((f) => [f.template.key, f]));
  const intervals = generateIntervals(context, formsByKey);
  const recordsPerSubject =
    subjectCount > 0 ? Math.max(1, Math.round(recordCount / subjectCount)) : 0;
  return {
    index: s,
    seed,
    key: context.key,
    studyId: 100 + s,
    study: studyItem(context),
    start: context.start,
    sites,
    forms,
    formsByKey,
    formsById: new Map(forms.map((f) => [f.formId, f])),
    variables,
    variablesByName: new Map(variables.map((v) => [v.template.name, v])),
    intervals,
    intervalsByName: new Map(intervals.map((i) => [i.template.name, i])),
    intervalsById: new Map(intervals.map((i) => [i.intervalId, i])),
    visitedIntervals: intervals.filter((i) => i.visitIndex >= 0),
    users: generateUsers(context),
    ...generateSubjects(context, sites, subjectCount),
    baseSubjects: subjectCount,
    recordsPerSubject,
    baseRecords: subjectCount * recordsPerSubject,
  };
}

function studyItem({ seed, s, key, start }: StudyContext): Item {
  return {
    sponsorKey: String(100 + (s % 2)),
    studyKey: key,
    studyId: 100 + s,
    studyName: STUDY_NAMES[s] ?? `Sandbox Study ${s + 1}`,
    studyDescription: `Generated sandbox study ${s + 1} (seed ${seed})`,
    studyType: 'STUDY',
    dateCreated: formatTimestamp(start - 30 * DAY_MS),
    dateModified: formatTimestamp(start - 29 * DAY_MS),
  };
}

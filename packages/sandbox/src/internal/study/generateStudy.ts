import { DAY_MS, formatDate, formatRoleDate, formatTimestamp } from '../dates.ts';
import { between, hash, pick, unit, uuid } from '../random.ts';
import {
  FIRST_NAMES,
  FORMS,
  type FormTemplate,
  INTERVALS,
  type IntervalTemplate,
  LAST_NAMES,
  LOG_SLOTS,
  ROLES,
  SCHEDULE,
  SITE_NAMES,
  SITE_STATUSES,
  STUDY_KEYS,
  STUDY_NAMES,
  SUBJECT_STATUSES,
  type VariableTemplate,
} from './templates.ts';

type Item = Record<string, unknown>;

/** A form of the study with its ids. */
export interface FormDef {
  readonly template: FormTemplate;
  readonly formId: number;
  readonly item: Item;
  readonly variables: readonly VariableDef[];
}

/** A variable of the study with its form. */
export interface VariableDef {
  readonly template: VariableTemplate;
  readonly variableId: number;
  readonly form: FormTemplate;
  readonly formId: number;
}

/** An interval of the study with its ids. */
export interface IntervalDef {
  readonly template: IntervalTemplate;
  readonly intervalId: number;
  /** Position among the intervals that have visits, or -1. */
  readonly visitIndex: number;
  readonly item: Item;
}

/** The fixed part of a study: everything except records and what derives from them. */
export interface StudyBase {
  readonly index: number;
  readonly seed: number;
  readonly key: string;
  readonly studyId: number;
  readonly study: Item;
  readonly start: number;
  readonly sites: Item[];
  readonly forms: readonly FormDef[];
  readonly formsByKey: ReadonlyMap<string, FormDef>;
  readonly formsById: ReadonlyMap<number, FormDef>;
  readonly variables: readonly VariableDef[];
  readonly variablesByName: ReadonlyMap<string, VariableDef>;
  readonly intervals: readonly IntervalDef[];
  readonly intervalsByName: ReadonlyMap<string, IntervalDef>;
  readonly intervalsById: ReadonlyMap<number, IntervalDef>;
  readonly visitedIntervals: readonly IntervalDef[];
  readonly users: readonly Item[];
  /** Subjects; registrations append to it. */
  readonly subjects: Item[];
  /** Each subject's creation time in ms, beside `subjects` (parsing it per record is slow). */
  readonly subjectCreated: number[];
  readonly subjectsByKey: Map<string, number>;
  readonly baseSubjects: number;
  readonly recordsPerSubject: number;
  readonly baseRecords: number;
  /** Next subject number per site id, for registrations. */
  readonly nextSubjectNumber: Map<number, number>;
}

/** Id ranges, so that ids are unique across studies and computable from an index. */
export const IDS = {
  site: (s: number) => (s + 1) * 100,
  form: (s: number) => (s + 1) * 1000,
  interval: (s: number) => (s + 1) * 1000 + 500,
  variable: (s: number) => (s + 1) * 10_000,
  subject: (s: number) => (s + 1) * 1_000_000,
  visit: (s: number) => (s + 1) * 10_000_000,
  record: (s: number) => (s + 1) * 100_000_000,
  revision: (s: number) => (s + 1) * 100_000_000,
  query: (s: number) => (s + 1) * 10_000_000,
  coding: (s: number) => (s + 1) * 10_000_000,
};

/** The study key of study number `s` (fixed names first, then `STUDY-<n>`). */
export function studyKeyOf(s: number): string {
  return STUDY_KEYS[s] ?? `STUDY-${s + 1}`;
}

/** The (interval, form) of a record slot of a subject. */
export function slotAt(slot: number): readonly [string, string] {
  if (slot < SCHEDULE.length) return SCHEDULE[slot]!;
  return LOG_SLOTS[(slot - SCHEDULE.length) % LOG_SLOTS.length]!;
}

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
  const key = studyKeyOf(s);
  const start = Date.UTC(2024, 0, 8) + s * 14 * DAY_MS + between(0, 600, seed, s, 1) * 60_000;
  const created = formatTimestamp(start - 30 * DAY_MS);
  const studyId = 100 + s;
  const study: Item = {
    sponsorKey: String(100 + (s % 2)),
    studyKey: key,
    studyId,
    studyName: STUDY_NAMES[s] ?? `Sandbox Study ${s + 1}`,
    studyDescription: `Generated sandbox study ${s + 1} (seed ${seed})`,
    studyType: 'STUDY',
    dateCreated: created,
    dateModified: formatTimestamp(start - 29 * DAY_MS),
  };

  const siteCount = 4 + (hash(seed, s, 2) % 3);
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

  const forms: FormDef[] = [];
  const variables: VariableDef[] = [];
  formTemplates.forEach((template, f) => {
    const formId = IDS.form(s) + f + 1;
    const defs: VariableDef[] = [];
    for (const v of template.variables) {
      const def = {
        template: v,
        variableId: IDS.variable(s) + variables.length + 1,
        form: template,
        formId,
      };
      variables.push(def);
      defs.push(def);
    }
    forms.push({
      template,
      formId,
      variables: defs,
      item: {
        studyKey: key,
        formId,
        formKey: template.key,
        formName: template.name,
        formType: template.formType,
        revision: 1 + (hash(seed, s, f, 3) % 3),
        embeddedLog: template.embeddedLog ?? false,
        enforceOwnership: false,
        userAgreement: false,
        subjectRecordReport: template.subjectRecordReport ?? false,
        unscheduledVisit: template.unscheduledVisit ?? false,
        otherForms: template.otherForms ?? false,
        eproForm: false,
        allowCopy: true,
        disabled: template.disabled ?? false,
        dateCreated: formatTimestamp(start - 25 * DAY_MS + f * 60_000),
        dateModified: formatTimestamp(start - 24 * DAY_MS + f * 60_000),
      },
    });
  });
  const formsByKey = new Map(forms.map((f) => [f.template.key, f]));
  const formsById = new Map(forms.map((f) => [f.formId, f]));

  const intervals: IntervalDef[] = [];
  let visitIndex = 0;
  INTERVALS.forEach((template, k) => {
    const intervalId = IDS.interval(s) + k + 1;
    intervals.push({
      template,
      intervalId,
      visitIndex: template.visited ? visitIndex++ : -1,
      item: {
        studyKey: key,
        intervalId,
        intervalName: template.name,
        intervalDescription: template.description,
        intervalSequence: template.sequence,
        intervalGroupId: IDS.interval(s) + (template.group === 'Treatment' ? 100 : 200),
        intervalGroupName: template.group,
        timeline: template.dueDays > 0 ? 'Due Date' : 'None',
        definedUsingInterval: template.dueDays > 0 ? 'Screening' : '',
        windowCalculationForm: template.dueDays > 0 ? 'Registration' : '',
        windowCalculationDate: template.dueDays > 0 ? 'REGDT' : '',
        actualDateForm: template.forms.includes('VS') ? 'Vital Signs' : '',
        actualDate: template.forms.includes('VS') ? 'VSDT' : '',
        dueDateWillBeIn: template.dueDays,
        negativeSlack: template.slack,
        positiveSlack: template.slack,
        eproGracePeriod: 0,
        forms: template.forms.map((fk) => {
          const form = formsByKey.get(fk)!;
          return { formId: form.formId, formKey: fk, formName: form.template.name };
        }),
        disabled: template.disabled ?? false,
        dateCreated: formatTimestamp(start - 23 * DAY_MS + k * 60_000),
        dateModified: formatTimestamp(start - 22 * DAY_MS + k * 60_000),
      },
    });
  });

  const users: Item[] = [];
  for (let u = 0; u < 8; u++) {
    const first = pick(FIRST_NAMES, seed, s, u, 4);
    const last = pick(LAST_NAMES, seed, s, u, 5);
    const roleCount = 1 + (u % 2);
    const roles: Item[] = [];
    for (let r = 0; r < roleCount; r++) {
      const role = ROLES[(u + r) % ROLES.length]!;
      const at = start - (40 - u) * DAY_MS + r * 3_600_000 + between(0, 999, seed, s, u, r) * 1000;
      roles.push({
        dateCreated: formatRoleDate(at),
        dateModified: formatRoleDate(at + (r + 1) * DAY_MS + 625),
        roleId: uuid(seed, s, u, r, 6),
        communityId: 1 + r,
        name: role.name,
        description: `${role.name} role`,
        level: role.level,
        type: role.type,
        inactive: r === 1 && u % 4 === 1,
      });
    }
    users.push({
      userId: uuid(seed, s, u, 7),
      login: `${first[0]}${last}${u + 1}`.toLowerCase(),
      firstName: first,
      lastName: last,
      email: `${first}.${last}${u + 1}@sandbox.example`.toLowerCase(),
      userActiveInStudy: u < 6,
      roles,
    });
  }

  const subjects: Item[] = [];
  const subjectCreated: number[] = [];
  const subjectsByKey = new Map<string, number>();
  const nextSubjectNumber = new Map<number, number>();
  const span = 400 * DAY_MS;
  const base = { key, index: s, sites };
  for (let i = 0; i < subjectCount; i++) {
    const siteIndex = i % siteCount;
    const n = Math.floor(i / siteCount) + 1;
    const at =
      start +
      Math.floor((i * span) / Math.max(1, subjectCount)) +
      between(0, 86_399, seed, s, i, 8) * 1000;
    const keywords =
      hash(seed, s, i, 9) % 10 === 0
        ? [
            {
              keywordName: 'Data Entry Error',
              keywordKey: 'DEE',
              keywordId: 15362,
              dateAdded: formatTimestamp(at + DAY_MS),
            },
          ]
        : [];
    const subject = makeSubject(
      base,
      IDS.subject(s) + i + 1,
      siteIndex,
      n,
      pick(SUBJECT_STATUSES, seed, s, i, 10),
      at,
      keywords,
    );
    subjects.push(subject);
    subjectCreated.push(at);
    subjectsByKey.set(subject.subjectKey as string, i);
    nextSubjectNumber.set(sites[siteIndex]!.siteId as number, n + 1);
  }

  const recordsPerSubject =
    subjectCount > 0 ? Math.max(1, Math.round(recordCount / subjectCount)) : 0;
  return {
    index: s,
    seed,
    key,
    studyId,
    study,
    start,
    sites,
    forms,
    formsByKey,
    formsById,
    variables,
    variablesByName: new Map(variables.map((v) => [v.template.name, v])),
    intervals,
    intervalsByName: new Map(intervals.map((i) => [i.template.name, i])),
    intervalsById: new Map(intervals.map((i) => [i.intervalId, i])),
    visitedIntervals: intervals.filter((i) => i.visitIndex >= 0),
    users,
    subjects,
    subjectCreated,
    subjectsByKey,
    baseSubjects: subjectCount,
    recordsPerSubject,
    baseRecords: subjectCount * recordsPerSubject,
    nextSubjectNumber,
  };
}

/** A value that fits the variable, from the hash of (seed, study, record, variable). */
export function generateValue(
  v: VariableTemplate,
  at: number,
  ...parts: number[]
): string | number | boolean {
  switch (v.type) {
    case 'TEXT':
      if (v.words) return pick(v.words, ...parts);
      if (v.maxLength === 3) {
        let s = '';
        for (let k = 0; k < 3; k++) s += String.fromCharCode(65 + (hash(...parts, k) % 26));
        return s;
      }
      return `Text ${hash(...parts) % 1000}`;
    case 'MEMO':
      return pick(v.words ?? ['Free text.'], ...parts);
    case 'NUMBER':
      return between(v.min ?? 0, v.max ?? 100, ...parts);
    case 'FLOAT': {
      const min = v.min ?? 0;
      const max = v.max ?? 100;
      return Math.round((min + unit(...parts) * (max - min)) * 10) / 10;
    }
    case 'DATE':
      if (v.name === 'BRTHDT')
        return formatDate(Date.UTC(1940, 0, 1) + (hash(...parts) % 23_000) * DAY_MS);
      return formatDate(at - (hash(...parts) % 3) * DAY_MS);
    case 'RADIO':
    case 'DROPDOWN':
      return pick(v.choices ?? [''], ...parts);
    case 'CHECKBOX':
      return hash(...parts) % 2 === 0;
  }
}

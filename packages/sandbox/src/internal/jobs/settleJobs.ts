import { formatTimestamp } from '../dates.ts';
import type { JobState, StudyState } from '../study/createStudyState.ts';
import { makeSubject } from '../study/generateSubjects.ts';
import { statusOf } from '../study/recordStore.ts';
import { type FormDef, IDS, type IntervalDef } from '../study/studyBase.ts';
import type { World } from '../world.ts';
import { fitValue } from './fitValue.ts';

type Item = Record<string, unknown>;

/** One item of a job, resolved against the study. */
interface Plan {
  readonly form: FormDef;
  readonly data: Record<string, unknown>;
  readonly kind: 'register' | 'scheduled' | 'new' | 'update';
  readonly siteIndex: number;
  readonly subjectIndex: number;
  readonly interval: IntervalDef | undefined;
  readonly recordIndex: number;
}

function resolve(study: StudyState, item: Item, i: number, reasons: string[]): Plan | null {
  const base = study.base;
  const at = `item ${i}`;
  const before = reasons.length;
  const form =
    item.formKey !== undefined
      ? base.formsByKey.get(item.formKey as string)
      : base.formsById.get(item.formId as number);
  if (!form) {
    reasons.push(`${at}: unknown form ${JSON.stringify(item.formKey ?? item.formId)}`);
    return null;
  }
  if (item.formId !== undefined && item.formId !== form.formId)
    reasons.push(`${at}: formId does not match formKey`);
  if (form.template.disabled) reasons.push(`${at}: form ${form.template.key} is disabled`);
  if (form.template.formType !== 'Subject')
    reasons.push(`${at}: form ${form.template.key} is not a subject form`);
  const data: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item.data as Record<string, unknown>)) {
    const v = form.variables.find((d) => d.template.name === name);
    if (!v) {
      reasons.push(`${at}: variable ${name} is not on form ${form.template.key}`);
      continue;
    }
    const fit = fitValue(v.template, value);
    if (fit.ok) data[name] = fit.value;
    else
      reasons.push(
        `${at}: ${JSON.stringify(value)} does not fit ${name} (${v.template.type}): it ${fit.why}`,
      );
  }
  let siteIndex = -1;
  if (item.siteName !== undefined || item.siteId !== undefined) {
    siteIndex = base.sites.findIndex((s) =>
      item.siteId !== undefined ? s.siteId === item.siteId : s.siteName === item.siteName,
    );
    if (siteIndex < 0)
      reasons.push(`${at}: unknown site ${JSON.stringify(item.siteName ?? item.siteId)}`);
    else if (base.sites[siteIndex]!.siteEnrollmentStatus === 'Enrollment Closed') {
      reasons.push(`${at}: site ${base.sites[siteIndex]!.siteName} is closed for enrollment`);
    }
  }
  let subjectIndex = -1;
  if (
    item.subjectKey !== undefined ||
    item.subjectId !== undefined ||
    item.subjectOid !== undefined
  ) {
    if (item.subjectKey !== undefined)
      subjectIndex = base.subjectsByKey.get(item.subjectKey as string) ?? -1;
    else if (item.subjectId !== undefined) {
      const k = (item.subjectId as number) - IDS.subject(base.index) - 1;
      subjectIndex = k >= 0 && k < base.subjects.length ? k : -1;
    } else subjectIndex = base.subjects.findIndex((s) => s.subjectOid === item.subjectOid);
    if (subjectIndex < 0) {
      reasons.push(
        `${at}: unknown subject ${JSON.stringify(item.subjectKey ?? item.subjectId ?? item.subjectOid)}`,
      );
    }
  }
  let interval: IntervalDef | undefined;
  if (item.intervalName !== undefined || item.intervalId !== undefined) {
    interval =
      item.intervalId !== undefined
        ? base.intervalsById.get(item.intervalId as number)
        : base.intervalsByName.get(item.intervalName as string);
    if (!interval)
      reasons.push(
        `${at}: unknown interval ${JSON.stringify(item.intervalName ?? item.intervalId)}`,
      );
    else if (interval.template.disabled)
      reasons.push(`${at}: interval ${interval.template.name} is disabled`);
    else if (!interval.template.forms.includes(form.template.key)) {
      reasons.push(
        `${at}: form ${form.template.key} is not scheduled at interval ${interval.template.name}`,
      );
    }
  }
  let recordIndex = -1;
  if (item.recordId !== undefined || item.recordOid !== undefined) {
    recordIndex =
      item.recordId !== undefined
        ? study.records.indexOfId(item.recordId as number)
        : study.records.indexOfOid(item.recordOid as string);
    if (recordIndex < 0)
      reasons.push(`${at}: unknown record ${JSON.stringify(item.recordId ?? item.recordOid)}`);
    else {
      const record = study.records.light(recordIndex);
      if (record.formKey !== form.template.key)
        reasons.push(`${at}: record is not on form ${form.template.key}`);
      if (subjectIndex >= 0 && record.subjectId !== base.subjects[subjectIndex]!.subjectId) {
        reasons.push(`${at}: record does not belong to that subject`);
      }
    }
  }
  if (reasons.length > before) return null;
  const kind =
    siteIndex >= 0 ? 'register' : recordIndex >= 0 ? 'update' : interval ? 'scheduled' : 'new';
  return { form, data, kind, siteIndex, subjectIndex, interval, recordIndex };
}

function firstInterval(study: StudyState, form: FormDef): IntervalDef {
  const visited = study.base.visitedIntervals;
  return (
    visited.find(
      (iv) => iv.template.name === 'Unscheduled' && iv.template.forms.includes(form.template.key),
    ) ??
    visited.find((iv) => iv.template.forms.includes(form.template.key)) ??
    visited[visited.length - 1]!
  );
}

function appendRecord(
  study: StudyState,
  plan: Plan,
  subjectIndex: number,
  interval: IntervalDef,
  at: number,
): void {
  const base = study.base;
  const subject = base.subjects[subjectIndex]!;
  const recordId = IDS.record(base.index) + study.records.size() + 1;
  const recordData: Record<string, unknown> = {};
  for (const v of plan.form.variables)
    recordData[v.template.name] = plan.data[v.template.name] ?? '';
  const item: Item = {
    studyKey: base.key,
    intervalId: interval.intervalId,
    formId: plan.form.formId,
    formKey: plan.form.template.key,
    siteId: subject.siteId,
    recordId,
    recordOid: `REC-${recordId}`,
    recordType: 'SUBJECT',
    recordStatus: statusOf(recordData),
    deleted: false,
    dateCreated: formatTimestamp(at),
    dateModified: formatTimestamp(at),
    subjectId: subject.subjectId,
    subjectOid: subject.subjectOid,
    subjectKey: subject.subjectKey,
    visitId:
      IDS.visit(base.index) + subjectIndex * base.visitedIntervals.length + interval.visitIndex + 1,
    keywords: [],
  };
  const index = study.records.append(item, recordData);
  study.revisions.append(index, 1, at, '');
}

function updateRecord(
  study: StudyState,
  index: number,
  data: Record<string, unknown>,
  at: number,
): void {
  study.records.update(index, data, at);
  study.revisions.append(index, study.records.revisionCount(index), at, 'Updated through the API');
}

function apply(study: StudyState, plan: Plan, at: number): void {
  const base = study.base;
  if (plan.kind === 'register') {
    const site = base.sites[plan.siteIndex]!;
    const n = base.nextSubjectNumber.get(site.siteId as number) ?? 1;
    base.nextSubjectNumber.set(site.siteId as number, n + 1);
    const subjectIndex = base.subjects.length;
    const subject = makeSubject(
      base,
      IDS.subject(base.index) + subjectIndex + 1,
      plan.siteIndex,
      n,
      'Registered',
      at,
      [],
    );
    subject.dateModified = subject.dateCreated;
    base.subjects.push(subject);
    base.subjectCreated.push(at);
    base.subjectsByKey.set(subject.subjectKey as string, subjectIndex);
    const screening = base.visitedIntervals.find((iv) =>
      iv.template.forms.includes(plan.form.template.key),
    );
    appendRecord(study, plan, subjectIndex, screening ?? firstInterval(study, plan.form), at);
    return;
  }
  if (plan.kind === 'update') {
    updateRecord(study, plan.recordIndex, plan.data, at);
    return;
  }
  if (plan.kind === 'scheduled') {
    const index = study.records.indexOfScheduled(
      plan.subjectIndex,
      plan.interval!.intervalId,
      plan.form.template.key,
    );
    if (index >= 0) updateRecord(study, index, plan.data, at);
    else appendRecord(study, plan, plan.subjectIndex, plan.interval!, at);
    return;
  }
  appendRecord(study, plan, plan.subjectIndex, firstInterval(study, plan.form), at);
}

function finish(study: StudyState, job: JobState, at: number): void {
  const reasons: string[] = [];
  const plans = job.items.map((item, i) => resolve(study, item, i, reasons));
  if (reasons.length > 0) {
    job.state = 'failed';
    job.reasons = reasons;
    return;
  }
  for (const plan of plans) apply(study, plan!, at);
  job.state = 'completed';
}

/**
 * Finishes every job of the study whose time is up, oldest first: a job whose items all
 * resolve is applied as a whole and completes; otherwise it fails with its reasons and
 * changes nothing.
 */
export function settleJobs(world: World, study: StudyState, now: number): void {
  while (study.pending.length > 0) {
    const job = study.pending[0]!;
    const at = job.created + world.jobDurationMs;
    if (at > now) return;
    study.pending.shift();
    finish(study, job, at);
  }
}

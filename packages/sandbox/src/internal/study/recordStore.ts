import { DAY_MS, formatTimestamp } from '../dates';
import { between, hash } from '../random';
import { generateValue, IDS, type StudyBase, slotAt } from './generateStudy';
import { SCHEDULE } from './templates';

type Item = Record<string, unknown>;

/** What a completed job changed on a generated record. */
interface RecordChange {
  data: Record<string, unknown>;
  dateModified: string;
  recordStatus: string;
  revisions: number;
}

/**
 * Records of one study: generated from (seed, index) on demand, with an overlay for the few
 * that jobs changed and a list for the ones jobs created. Memory stays flat at any size.
 */
export interface RecordStore {
  size(): number;
  light(index: number): Item;
  full(index: number): Item;
  data(index: number): Record<string, unknown>;
  /** The record as generated, before any job changed it (for its first revisions). */
  original(index: number): Item;
  /** Index of the record with this id, or -1. */
  indexOfId(recordId: number): number;
  indexOfOid(recordOid: string): number;
  /** Index of the scheduled record of a subject at an interval for a form, or -1. */
  indexOfScheduled(subjectIndex: number, intervalId: number, formKey: string): number;
  /** Number of revisions a record has now. */
  revisionCount(index: number): number;
  update(index: number, data: Record<string, unknown>, at: number): Item;
  append(record: Item, data: Record<string, unknown>): number;
  version(): number;
}

/** The record's status given its data: complete when no variable is blank. */
export function statusOf(data: Record<string, unknown>): string {
  for (const k in data) {
    const v = data[k];
    if (v === '' || v === null || v === undefined) return 'Record Incomplete';
  }
  return 'Record Complete';
}

/** Creates the lazy record store of a study. */
export function createRecordStore(base: StudyBase): RecordStore {
  const { seed, index: s, recordsPerSubject: per, baseRecords } = base;
  const changes = new Map<number, RecordChange>();
  const extras: { item: Item; data: Record<string, unknown>; revisions: number }[] = [];
  const extraById = new Map<number, number>();
  const extraByOid = new Map<string, number>();
  let version = 0;

  function createdAt(i: number): number {
    const subject = base.subjects[Math.floor(i / per)]!;
    const slot = i % per;
    const [intervalName] = slotAt(slot);
    const interval = base.intervalsByName.get(intervalName)!;
    const days =
      slot < SCHEDULE.length ? interval.template.dueDays : 7 + ((slot - SCHEDULE.length) % 300);
    return (
      Date.parse((subject.dateCreated as string).replace(' ', 'T') + 'Z') +
      days * DAY_MS +
      between(0, 28_800, seed, s, i, 20) * 1000
    );
  }

  function baseData(i: number): Record<string, unknown> {
    const [, formKey] = slotAt(i % per);
    const form = base.formsByKey.get(formKey)!;
    const at = createdAt(i);
    const data: Record<string, unknown> = {};
    const vars = form.variables;
    const blank = hash(seed, s, i, 21) % 5 === 0 ? hash(seed, s, i, 22) % vars.length : -1;
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k]!.template;
      data[v.name] = k === blank ? '' : generateValue(v, at, seed, s, i, k);
    }
    return data;
  }

  function baseLight(i: number): Item {
    const subjectIndex = Math.floor(i / per);
    const subject = base.subjects[subjectIndex]!;
    const slot = i % per;
    const [intervalName, formKey] = slotAt(slot);
    const interval = base.intervalsByName.get(intervalName)!;
    const form = base.formsByKey.get(formKey)!;
    const at = createdAt(i);
    const recordId = IDS.record(s) + i + 1;
    const change = changes.get(i);
    const incomplete = hash(seed, s, i, 21) % 5 === 0;
    const item: Item = {
      studyKey: base.key,
      intervalId: interval.intervalId,
      formId: form.formId,
      formKey,
      siteId: subject.siteId,
      recordId,
      recordOid: `REC-${recordId}`,
      recordType: 'SUBJECT',
      recordStatus: change
        ? change.recordStatus
        : incomplete
          ? 'Record Incomplete'
          : 'Record Complete',
      deleted: false,
      dateCreated: formatTimestamp(at),
      dateModified: change
        ? change.dateModified
        : formatTimestamp(i % 4 === 1 ? at + between(3600, 259_200, seed, s, i, 23) * 1000 : at),
      subjectId: subject.subjectId,
      subjectOid: subject.subjectOid,
      subjectKey: subject.subjectKey,
      visitId: IDS.visit(s) + subjectIndex * base.visitedIntervals.length + interval.visitIndex + 1,
      keywords:
        hash(seed, s, i, 24) % 20 === 0
          ? [
              {
                keywordName: 'Data Entry Error',
                keywordKey: 'DEE',
                keywordId: 15362,
                dateAdded: formatTimestamp(at + DAY_MS),
              },
            ]
          : [],
    };
    return item;
  }

  function data(i: number): Record<string, unknown> {
    if (i >= baseRecords) return extras[i - baseRecords]!.data;
    return changes.get(i)?.data ?? baseData(i);
  }

  return {
    size: () => baseRecords + extras.length,
    light: (i) => (i >= baseRecords ? extras[i - baseRecords]!.item : baseLight(i)),
    full(i) {
      const item = i >= baseRecords ? { ...extras[i - baseRecords]!.item } : baseLight(i);
      item.recordData = data(i);
      return item;
    },
    data,
    original(i) {
      if (i >= baseRecords) return extras[i - baseRecords]!.item;
      const change = changes.get(i);
      if (!change) return baseLight(i);
      changes.delete(i);
      const item = baseLight(i);
      changes.set(i, change);
      return item;
    },
    indexOfId(recordId) {
      const i = recordId - IDS.record(s) - 1;
      if (Number.isInteger(i) && i >= 0 && i < baseRecords) return i;
      return extraById.get(recordId) ?? -1;
    },
    indexOfOid(oid) {
      const m = /^REC-(\d+)$/.exec(oid);
      if (m) {
        const i = Number(m[1]) - IDS.record(s) - 1;
        if (i >= 0 && i < baseRecords) return i;
      }
      return extraByOid.get(oid) ?? -1;
    },
    indexOfScheduled(subjectIndex, intervalId, formKey) {
      if (subjectIndex < base.baseSubjects) {
        for (let slot = 0; slot < Math.min(per, SCHEDULE.length); slot++) {
          const [iv, fk] = SCHEDULE[slot]!;
          if (fk === formKey && base.intervalsByName.get(iv)!.intervalId === intervalId) {
            return subjectIndex * per + slot;
          }
        }
      }
      const subjectId = base.subjects[subjectIndex]!.subjectId;
      for (let k = 0; k < extras.length; k++) {
        const item = extras[k]!.item;
        if (
          item.subjectId === subjectId &&
          item.intervalId === intervalId &&
          item.formKey === formKey
        ) {
          return baseRecords + k;
        }
      }
      return -1;
    },
    revisionCount(i) {
      if (i >= baseRecords) return extras[i - baseRecords]!.revisions;
      return changes.get(i)?.revisions ?? (i % 4 === 1 ? 2 : 1);
    },
    update(i, patch, at) {
      const merged = { ...data(i), ...patch };
      const dateModified = formatTimestamp(at);
      const recordStatus = statusOf(merged);
      version++;
      if (i >= baseRecords) {
        const extra = extras[i - baseRecords]!;
        extra.data = merged;
        extra.revisions++;
        extra.item = { ...extra.item, dateModified, recordStatus };
        return { ...extra.item, recordData: merged };
      }
      const revisions = (changes.get(i)?.revisions ?? (i % 4 === 1 ? 2 : 1)) + 1;
      changes.set(i, { data: merged, dateModified, recordStatus, revisions });
      const item = baseLight(i);
      item.recordData = merged;
      return item;
    },
    append(item, recordData) {
      version++;
      extras.push({ item, data: recordData, revisions: 1 });
      const index = baseRecords + extras.length - 1;
      extraById.set(item.recordId as number, index);
      extraByOid.set(item.recordOid as string, index);
      return index;
    },
    version: () => version,
  };
}

import { ByteWriter } from '../byteWriter.ts';
import { DAY_MS, formatTimestamp } from '../dates.ts';
import { finish, HASH_START, inRange, mix } from '../random.ts';
import { SALT } from '../salts.ts';
import { generateValue } from './generateValue.ts';
import { type FormDef, IDS, type IntervalDef, type StudyBase } from './studyBase.ts';
import { LOG_SLOTS, SCHEDULE } from './templates.ts';

type Item = Record<string, unknown>;

/** What a completed job changed on a generated record. */
interface RecordChange {
  data: Record<string, unknown>;
  dateModified: string;
  recordStatus: string;
  revisions: number;
  deleted?: boolean;
}

/**
 * Records of one study: generated from (seed, index) on demand, with an overlay for the few
 * that jobs changed and a list for the ones jobs created. Memory stays flat at any size.
 */
export interface RecordStore {
  size(): number;
  light(index: number): Item;
  full(index: number): Item;
  /** One recordData value of a record, computed alone (the fast path for recordDataFilter). */
  dataValue(index: number, name: string): unknown;
  /** One top-level field of a record, computed alone (the fast path for filters and sorts). */
  field(index: number, name: string): unknown;
  /** The record as served, already serialised. */
  json(index: number): string;
  /** The record as served, serialised straight into UTF-8 bytes (the fast path for pages). */
  writeJson(index: number, out: ByteWriter): void;
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
  /** Marks a record deleted (it stays listed, with `deleted: true` and a new `dateModified`). */
  markDeleted(index: number, at: number): void;
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

/** What a slot of a subject's record layout holds; log slots share one entry per form. */
interface SlotInfo {
  readonly interval: IntervalDef;
  readonly form: FormDef;
  readonly names: readonly string[];
  /** Each `"name":` of the form's variables, in UTF-8. */
  readonly nameBytes: readonly Uint8Array[];
  readonly positions: ReadonlyMap<string, number>;
  /** The record's JSON up to its `formKey`, in UTF-8. */
  readonly prefixBytes: Uint8Array;
}

const decoder = /* @__PURE__ */ new TextDecoder();
const encoder = /* @__PURE__ */ new TextEncoder();
/** The fixed parts of a record's JSON, encoded once. */
const PART = /* @__PURE__ */ (() => {
  const e = (s: string) => encoder.encode(s);
  return {
    siteId: e(',"siteId":'),
    recordId: e(',"recordId":'),
    recordOid: e(',"recordOid":"REC-'),
    incomplete: e(
      '","recordType":"SUBJECT","recordStatus":"Record Incomplete","deleted":false,"dateCreated":"',
    ),
    complete: e(
      '","recordType":"SUBJECT","recordStatus":"Record Complete","deleted":false,"dateCreated":"',
    ),
    dateModified: e('","dateModified":"'),
    keywords: e(',"keywords":'),
    noKeywords: e('[]'),
    recordData: e(',"recordData":{'),
    blank: e('""'),
    end: e('}}'),
  };
})();

/** Creates the lazy record store of a study. */
export function createRecordStore(base: StudyBase): RecordStore {
  const { seed, index: s, recordsPerSubject: per, baseRecords } = base;
  const changes = new Map<number, RecordChange>();
  const extras: { item: Item; data: Record<string, unknown>; revisions: number }[] = [];
  const extraById = new Map<number, number>();
  const extraByOid = new Map<string, number>();
  const recordBase = IDS.record(s);
  const visitBase = IDS.visit(s);
  const visitsPerSubject = base.visitedIntervals.length;
  const keyJson = JSON.stringify(base.key);
  let version = 0;

  const infos: SlotInfo[] = [];
  for (let k = 0; k < SCHEDULE.length + LOG_SLOTS.length; k++) {
    const [intervalName, formKey] =
      k < SCHEDULE.length ? SCHEDULE[k]! : LOG_SLOTS[k - SCHEDULE.length]!;
    const interval = base.intervalsByName.get(intervalName)!;
    const form = base.formsByKey.get(formKey)!;
    const names = form.variables.map((v) => v.template.name);
    infos.push({
      interval,
      form,
      names,
      nameBytes: names.map((n) => encoder.encode(`${JSON.stringify(n)}:`)),
      positions: new Map(names.map((n, k) => [n, k])),
      prefixBytes: encoder.encode(
        '{"studyKey":' +
          keyJson +
          ',"intervalId":' +
          interval.intervalId +
          ',"formId":' +
          form.formId +
          ',"formKey":' +
          JSON.stringify(formKey),
      ),
    });
  }
  const infoOf = (slot: number): SlotInfo =>
    infos[
      slot < SCHEDULE.length
        ? slot
        : SCHEDULE.length + ((slot - SCHEDULE.length) % LOG_SLOTS.length)
    ]!;

  // Every value of record i hashes (seed, study, i, last part): the prefix is mixed once.
  const studyState = mix(mix(HASH_START, seed), s);
  const stateOf = (i: number) => mix(studyState, i);
  const draw = (state: number, salt: number) => finish(mix(state, salt));

  function createdAt(i: number, state = stateOf(i)): number {
    const slot = i % per;
    const days =
      slot < SCHEDULE.length
        ? infoOf(slot).interval.template.dueDays
        : 7 + ((slot - SCHEDULE.length) % 300);
    return (
      base.subjectCreated[Math.floor(i / per)]! +
      days * DAY_MS +
      inRange(0, 28_800, draw(state, SALT.recordSecond)) * 1000
    );
  }

  const incomplete = (state: number) => draw(state, SALT.recordIncomplete) % 5 === 0;
  const modifiedAt = (i: number, at: number, state = stateOf(i)) =>
    i % 4 === 1 ? at + inRange(3600, 259_200, draw(state, SALT.recordModifiedDelay)) * 1000 : at;
  const hasKeyword = (state: number) => draw(state, SALT.recordKeyword) % 20 === 0;
  /** The variable left blank in an incomplete record, else -1. */
  const blankAt = (state: number, count: number) =>
    incomplete(state) ? draw(state, SALT.recordBlankVariable) % count : -1;

  function baseData(i: number, at: number): Record<string, unknown> {
    const vars = infoOf(i % per).form.variables;
    const state = stateOf(i);
    const data: Record<string, unknown> = {};
    const blank = blankAt(state, vars.length);
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k]!.template;
      data[v.name] = k === blank ? '' : generateValue(v, at, mix(state, k));
    }
    return data;
  }

  // The subject's part of a record's JSON, encoded once per subject: most records of a page
  // share their subject.
  const subjectParts: Uint8Array[] = [];
  function subjectPart(subjectIndex: number): Uint8Array {
    let part = subjectParts[subjectIndex];
    if (part === undefined) {
      const subject = base.subjects[subjectIndex]!;
      part = encoder.encode(
        '","subjectId":' +
          subject.subjectId +
          ',"subjectOid":' +
          JSON.stringify(subject.subjectOid) +
          ',"subjectKey":' +
          JSON.stringify(subject.subjectKey) +
          ',"visitId":',
      );
      subjectParts[subjectIndex] = part;
    }
    return part;
  }

  function keywords(at: number): Item[] {
    return [
      {
        keywordName: 'Data Entry Error',
        keywordKey: 'DEE',
        keywordId: 15362,
        dateAdded: formatTimestamp(at + DAY_MS),
      },
    ];
  }

  function baseLight(i: number, change = changes.get(i)): Item {
    const subjectIndex = Math.floor(i / per);
    const subject = base.subjects[subjectIndex]!;
    const info = infoOf(i % per);
    const state = stateOf(i);
    const at = createdAt(i, state);
    const recordId = recordBase + i + 1;
    return {
      studyKey: base.key,
      intervalId: info.interval.intervalId,
      formId: info.form.formId,
      formKey: info.form.template.key,
      siteId: subject.siteId,
      recordId,
      recordOid: `REC-${recordId}`,
      recordType: 'SUBJECT',
      recordStatus: change
        ? change.recordStatus
        : incomplete(state)
          ? 'Record Incomplete'
          : 'Record Complete',
      deleted: change?.deleted ?? false,
      dateCreated: formatTimestamp(at),
      dateModified: change ? change.dateModified : formatTimestamp(modifiedAt(i, at, state)),
      subjectId: subject.subjectId,
      subjectOid: subject.subjectOid,
      subjectKey: subject.subjectKey,
      visitId: visitBase + subjectIndex * visitsPerSubject + info.interval.visitIndex + 1,
      keywords: hasKeyword(state) ? keywords(at) : [],
    };
  }

  function data(i: number): Record<string, unknown> {
    if (i >= baseRecords) return extras[i - baseRecords]!.data;
    return changes.get(i)?.data ?? baseData(i, createdAt(i));
  }

  function full(i: number): Item {
    const item = i >= baseRecords ? { ...extras[i - baseRecords]!.item } : baseLight(i);
    item.recordData = data(i);
    return item;
  }

  // Writes a generated record's JSON without building it: the same bytes as
  // JSON.stringify(full(i)) encoded, several times faster, so paging is never the bottleneck.
  function writeJson(i: number, out: ByteWriter): void {
    if (i >= baseRecords || changes.has(i)) {
      out.text(JSON.stringify(full(i)));
      return;
    }
    const subjectIndex = Math.floor(i / per);
    const info = infoOf(i % per);
    const state = stateOf(i);
    const at = createdAt(i, state);
    const recordId = recordBase + i + 1;
    out.bytes(info.prefixBytes);
    out.bytes(PART.siteId);
    const siteId = base.subjects[subjectIndex]!.siteId;
    if (typeof siteId === 'number') out.number(siteId);
    else out.text(String(siteId));
    out.bytes(PART.recordId);
    out.number(recordId);
    out.bytes(PART.recordOid);
    out.number(recordId);
    out.bytes(incomplete(state) ? PART.incomplete : PART.complete);
    out.timestamp(at);
    out.bytes(PART.dateModified);
    out.timestamp(modifiedAt(i, at, state));
    out.bytes(subjectPart(subjectIndex));
    out.number(visitBase + subjectIndex * visitsPerSubject + info.interval.visitIndex + 1);
    out.bytes(PART.keywords);
    if (hasKeyword(state)) out.text(JSON.stringify(keywords(at)));
    else out.bytes(PART.noKeywords);
    out.bytes(PART.recordData);
    const vars = info.form.variables;
    const blank = blankAt(state, vars.length);
    for (let k = 0; k < vars.length; k++) {
      if (k > 0) out.byte(0x2c);
      out.bytes(info.nameBytes[k]!);
      if (k === blank) {
        out.bytes(PART.blank);
        continue;
      }
      const value = generateValue(vars[k]!.template, at, mix(state, k));
      // The same text as JSON.stringify: numbers here are finite, strings may need escapes.
      if (typeof value === 'string') out.quoted(value);
      else if (typeof value === 'number') out.number(value);
      else out.text(value ? 'true' : 'false');
    }
    out.bytes(PART.end);
  }

  const single = new ByteWriter(2 ** 12);
  function json(i: number): string {
    single.at = 0;
    writeJson(i, single);
    return decoder.decode(single.buf.subarray(0, single.at));
  }

  function dataValue(i: number, name: string): unknown {
    if (i >= baseRecords || changes.has(i)) return data(i)[name];
    const info = infoOf(i % per);
    const k = info.positions.get(name);
    if (k === undefined) return undefined;
    const vars = info.form.variables;
    const state = stateOf(i);
    if (blankAt(state, vars.length) === k) return '';
    return generateValue(vars[k]!.template, createdAt(i, state), mix(state, k));
  }

  function field(i: number, name: string): unknown {
    if (i >= baseRecords || changes.has(i))
      return (i >= baseRecords ? extras[i - baseRecords]!.item : baseLight(i))[name];
    switch (name) {
      case 'studyKey':
        return base.key;
      case 'intervalId':
        return infoOf(i % per).interval.intervalId;
      case 'formId':
        return infoOf(i % per).form.formId;
      case 'formKey':
        return infoOf(i % per).form.template.key;
      case 'recordId':
        return recordBase + i + 1;
      case 'recordOid':
        return `REC-${recordBase + i + 1}`;
      case 'recordType':
        return 'SUBJECT';
      case 'recordStatus':
        return incomplete(stateOf(i)) ? 'Record Incomplete' : 'Record Complete';
      case 'deleted':
        return false;
      case 'dateCreated':
        return formatTimestamp(createdAt(i));
      case 'dateModified':
        return formatTimestamp(modifiedAt(i, createdAt(i)));
      case 'siteId':
      case 'subjectId':
      case 'subjectOid':
      case 'subjectKey':
        return base.subjects[Math.floor(i / per)]![name];
      case 'visitId':
        return (
          visitBase +
          Math.floor(i / per) * visitsPerSubject +
          infoOf(i % per).interval.visitIndex +
          1
        );
      default:
        return baseLight(i)[name];
    }
  }

  return {
    field,
    dataValue,
    size: () => baseRecords + extras.length,
    light: (i) => (i >= baseRecords ? extras[i - baseRecords]!.item : baseLight(i)),
    full,
    json,
    writeJson,
    data,
    original(i) {
      if (i >= baseRecords) return extras[i - baseRecords]!.item;
      return baseLight(i, undefined);
    },
    indexOfId(recordId) {
      const i = recordId - recordBase - 1;
      if (Number.isInteger(i) && i >= 0 && i < baseRecords) return i;
      return extraById.get(recordId) ?? -1;
    },
    indexOfOid(oid) {
      const m = /^REC-(\d+)$/.exec(oid);
      if (m) {
        const i = Number(m[1]) - recordBase - 1;
        if (i >= 0 && i < baseRecords) return i;
      }
      return extraByOid.get(oid) ?? -1;
    },
    indexOfScheduled(subjectIndex, intervalId, formKey) {
      if (subjectIndex < base.baseSubjects) {
        for (let slot = 0; slot < Math.min(per, SCHEDULE.length); slot++) {
          const info = infos[slot]!;
          if (info.form.template.key === formKey && info.interval.intervalId === intervalId) {
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
    markDeleted(i, at) {
      const dateModified = formatTimestamp(at);
      version++;
      if (i >= baseRecords) {
        const extra = extras[i - baseRecords]!;
        extra.revisions++;
        extra.item = { ...extra.item, dateModified, deleted: true };
        return;
      }
      const change = changes.get(i);
      changes.set(i, {
        data: data(i),
        dateModified,
        recordStatus: (change?.recordStatus ?? baseLight(i).recordStatus) as string,
        revisions: (change?.revisions ?? (i % 4 === 1 ? 2 : 1)) + 1,
        deleted: true,
      });
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
      const deleted = changes.get(i)?.deleted;
      changes.set(i, { data: merged, dateModified, recordStatus, revisions, deleted });
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

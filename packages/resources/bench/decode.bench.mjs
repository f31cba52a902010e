#!/usr/bin/env node
// Decoding cost of the record schema, as a ratio to JSON.parse of the same page in the same
// process (the work every client does anyway). Needs the built dist (`pnpm build`).
import * as v from 'valibot';
import { RecordSchema, readTimestamp } from '../dist/index.js';

const { safeParse } = v;

const N = 20_000;
const item = (i) => ({
  studyKey: 'PHARMADEMO',
  intervalId: 99,
  formId: 10202,
  formKey: 'AE',
  siteId: 128,
  recordId: i,
  recordOid: `REC-${i}`,
  recordType: 'SUBJECT',
  recordStatus: 'Record Incomplete',
  deleted: i % 7 === 0 ? 'true' : false,
  dateCreated: '2025-06-05 21:12:09',
  dateModified: '2025-06-05T21:12:10.123Z',
  subjectId: String(326 + i),
  subjectOid: 'OID-1',
  subjectKey: '123-456',
  visitId: 1,
  parentRecordId: null,
  keywords: [
    {
      keywordName: 'Data Entry Error',
      keywordKey: 'DEE',
      keywordId: 15362,
      dateAdded: '2025-06-05 21:12:09',
    },
  ],
  recordData: { aeterm: 'Bronchitis', aeser: '', unvnum: '1' },
});
const text = JSON.stringify(Array.from({ length: N }, (_, i) => item(i + 1)));

function time(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function best(fn, runs = 5) {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r += 1) min = Math.min(min, time(fn));
  return min;
}

// The yardstick of issue 12: the plainest valibot record schema (no drift reading: strings,
// numbers and booleans only as sent, timestamps through one transform).
const text_ = v.optional(v.nullable(v.string()), null);
const number_ = v.optional(v.nullable(v.number()), null);
const date_ = v.optional(v.nullable(v.pipe(v.string(), v.transform(readTimestamp))), null);
const PlainRecordSchema = v.looseObject({
  recordId: v.number(),
  ...Object.fromEntries(
    [
      'studyKey',
      'formKey',
      'recordOid',
      'recordType',
      'recordStatus',
      'subjectOid',
      'subjectKey',
    ].map((k) => [k, text_]),
  ),
  ...Object.fromEntries(
    ['intervalId', 'formId', 'siteId', 'visitId', 'parentRecordId'].map((k) => [k, number_]),
  ),
  subjectId: v.optional(v.nullable(v.union([v.number(), v.string()])), null),
  deleted: v.optional(v.nullable(v.union([v.boolean(), v.string()])), null),
  dateCreated: date_,
  dateModified: date_,
  keywords: v.optional(
    v.nullable(
      v.array(
        v.looseObject({
          keywordName: text_,
          keywordKey: text_,
          keywordId: number_,
          dateAdded: date_,
        }),
      ),
    ),
    null,
  ),
  recordData: v.optional(v.nullable(v.record(v.string(), v.unknown())), null),
});

const parseMs = best(() => JSON.parse(text));
const plainMs = best(() => {
  const rows = JSON.parse(text);
  for (const row of rows)
    if (!safeParse(PlainRecordSchema, row).success) throw new Error('invalid');
});
const decodeMs = best(() => {
  const rows = JSON.parse(text);
  for (const row of rows) if (!safeParse(RecordSchema, row).success) throw new Error('invalid');
});
console.table([
  { step: 'JSON.parse (baseline)', ms: parseMs.toFixed(1), ratio: '1.00' },
  {
    step: `JSON.parse + plain v.looseObject ${N} records`,
    ms: plainMs.toFixed(1),
    ratio: (plainMs / parseMs).toFixed(2),
  },
  {
    step: `JSON.parse + RecordSchema ${N} records`,
    ms: decodeMs.toFixed(1),
    ratio: (decodeMs / parseMs).toFixed(2),
  },
]);
console.log(
  `RecordSchema / plain looseObject (decoding only): ${((decodeMs - parseMs) / (plainMs - parseMs)).toFixed(2)}`,
);

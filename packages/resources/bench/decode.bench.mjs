#!/usr/bin/env node
// Decoding cost of the record schema, as a ratio to JSON.parse of the same page in the same
// process (the work every client does anyway). Needs the built dist (`pnpm build`).
import { safeParse } from 'valibot';
import { RecordSchema } from '../dist/index.js';

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

const parseMs = best(() => JSON.parse(text));
const decodeMs = best(() => {
  const rows = JSON.parse(text);
  for (const row of rows) if (!safeParse(RecordSchema, row).success) throw new Error('invalid');
});
console.table([
  { step: 'JSON.parse (baseline)', ms: parseMs.toFixed(1), ratio: '1.00' },
  {
    step: `JSON.parse + decode ${N} records`,
    ms: decodeMs.toFixed(1),
    ratio: (decodeMs / parseMs).toFixed(2),
  },
]);

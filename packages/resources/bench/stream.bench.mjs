#!/usr/bin/env node
// A 100,000-record stream: iterateRecords (paging, decoding every record) against a
// hand-written loop of fetch + JSON.parse over the same in-memory pages, in the same process,
// interleaved. In memory there is no network time to hide behind, so this is the strictest
// form of the ratio (goal: at least 0.85). Needs the built dist (`pnpm build`).
//   node --expose-gc bench/stream.bench.mjs [--records N] [--rounds N]
import { createClient } from '@imednet/core';
import { iterateRecords } from '../dist/index.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 100_000);
const ROUNDS = arg('rounds', 5);
const PAGE = 500;
const pages = Math.ceil(RECORDS / PAGE);

const record = (i) => ({
  studyKey: 'PHARMADEMO',
  intervalId: 99,
  formId: 10202,
  formKey: 'AE',
  siteId: 128,
  recordId: i,
  recordOid: `REC-${i}`,
  recordType: 'SUBJECT',
  recordStatus: 'Record Incomplete',
  deleted: false,
  dateCreated: '2025-06-05 21:12:09',
  dateModified: '2025-06-05 21:12:10',
  subjectId: 326 + i,
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
const bodies = Array.from({ length: pages }, (_, page) =>
  JSON.stringify({
    metadata: { status: 'OK' },
    pagination: { currentPage: page, size: PAGE, totalPages: pages, totalElements: RECORDS },
    data: Array.from({ length: Math.min(PAGE, RECORDS - page * PAGE) }, (_, i) =>
      record(page * PAGE + i + 1),
    ),
  }),
);
const fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  return new Response(bodies[Number(url.searchParams.get('page'))], {
    headers: { 'content-type': 'application/json' },
  });
};
const base = 'https://bench.example/api/v1/edc';

async function rawLoop() {
  let count = 0;
  for (let page = 0; ; page++) {
    const res = await fetch(`${base}/studies/S1/records?page=${page}&size=${PAGE}`, {
      headers: { 'x-api-key': 'k', 'x-imn-security-key': 's', accept: 'application/json' },
    });
    const body = JSON.parse(await res.text());
    for (const r of body.data) if (r.recordId > 0) count++;
    if (page + 1 >= body.pagination.totalPages) return count;
  }
}

const client = createClient({
  apiKey: 'k',
  securityKey: 's',
  baseUrl: 'https://bench.example',
  fetch,
  env: {},
});
async function sdkLoop() {
  let count = 0;
  for await (const r of iterateRecords(client, 'S1', undefined, { pageSize: PAGE }))
    if (r.recordId > 0) count++;
  return count;
}

async function timed(fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const count = await fn();
  return { count, ms: performance.now() - t0 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await rawLoop();
await sdkLoop();
const raw = [];
const sdk = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [rawLoop, sdkLoop] : [sdkLoop, rawLoop];
  for (const fn of order) (fn === rawLoop ? raw : sdk).push(await timed(fn));
}
if ([...raw, ...sdk].some((r) => r.count !== RECORDS)) throw new Error('counts differ');
const rawRate = RECORDS / (median(raw.map((r) => r.ms)) / 1000);
const sdkRate = RECORDS / (median(sdk.map((r) => r.ms)) / 1000);
console.table([
  { loop: 'fetch + JSON.parse (baseline)', 'records/s': Math.round(rawRate) },
  { loop: 'iterateRecords (paging + decoding)', 'records/s': Math.round(sdkRate) },
]);
console.log(`iterateRecords / raw loop: ${(sdkRate / rawRate).toFixed(2)} (goal >= 0.85)`);

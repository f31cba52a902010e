#!/usr/bin/env node
// Cost of the record mapper as a ratio to the work every client does anyway: paging through
// the same records with iterateRecords, in the same process, against the in-process sandbox.
// Also the heap held while streaming every row versus collecting them. Needs `pnpm build`.
import { createClient } from '@imednet/core';
import { iterateRecords } from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { iterateLongRows, iterateRecordRows, planColumns } from '../dist/index.js';

const sandbox = createSandbox({ seed: 3, studyCount: 1, recordsPerStudy: 20_000 });
const client = createClient({
  ...sandbox.credentials,
  baseUrl: sandbox.baseUrl,
  fetch: sandbox.fetch,
  allowInsecure: true,
  env: {},
});
const study = sandbox.studyKeys[0];

async function time(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const count = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, count };
}

async function best(fn, runs = 3) {
  let min = { ms: Number.POSITIVE_INFINITY, count: 0 };
  for (let r = 0; r < runs; r += 1) {
    const t = await time(fn);
    if (t.ms < min.ms) min = t;
  }
  return min;
}

const pageSize = 500;
const baseline = await best(async () => {
  let n = 0;
  for await (const _ of iterateRecords(client, study, undefined, { pageSize })) n += 1;
  return n;
});
const wide = await best(async () => {
  let n = 0;
  for await (const _ of iterateRecordRows(client, study, { pageSize })) n += 1;
  return n;
});
const long = await best(async () => {
  let n = 0;
  for await (const _ of iterateLongRows(client, study, { pageSize })) n += 1;
  return n;
});

// Heap held: streaming keeps about one page; collecting keeps every row.
async function heapPeak(collectRows) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const kept = [];
  let n = 0;
  for await (const row of iterateRecordRows(client, study, { pageSize })) {
    if (collectRows) kept.push(row);
    if (++n % 2000 === 0) {
      globalThis.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { mb: (peak - before) / 2 ** 20, kept: kept.length };
}
const streamed = await heapPeak(false);
const collected = await heapPeak(true);

const forms = Array.from({ length: 50 }, (_, i) => ({ formId: i, formKey: `F${i}` }));
const variables = Array.from({ length: 5000 }, (_, i) => ({
  formId: i % 50,
  variableName: `V${i % 400}`,
  label: `Label ${i % 97}`,
  sequence: i,
}));
const plan = await best(async () => {
  for (let i = 0; i < 20; i += 1) planColumns(forms, variables, { labels: true });
  return 20;
});

console.table([
  {
    step: `iterateRecords, ${baseline.count} records (baseline)`,
    ms: baseline.ms.toFixed(0),
    ratio: '1.00',
  },
  {
    step: `iterateRecordRows, ${wide.count} wide rows`,
    ms: wide.ms.toFixed(0),
    ratio: (wide.ms / baseline.ms).toFixed(2),
  },
  {
    step: `iterateLongRows, ${long.count} long rows`,
    ms: long.ms.toFixed(0),
    ratio: (long.ms / baseline.ms).toFixed(2),
  },
  {
    step: 'planColumns, 5000 variables, 50 forms (per call)',
    ms: (plan.ms / 20).toFixed(1),
    ratio: '',
  },
]);
console.table([
  { mode: 'stream every row', heapPeakMB: streamed.mb.toFixed(1) },
  { mode: `collect ${collected.kept} rows`, heapPeakMB: collected.mb.toFixed(1) },
]);
sandbox.close();

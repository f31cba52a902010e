// Streaming a 100,000-record sandbox study: the SDK's iterateRecords against a hand-written
// loop of fetch + JSON.parse on the same server, in the same process, interleaved; the
// validation cost per record; peak RSS at 20,000 and 200,000 records; the time an abort
// takes to stop a stream. Run by `pnpm bench` (after `pnpm build`): it measures the dist.
//   node --expose-gc packages/integration/bench/stream.bench.mjs [--records N] [--rounds N]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient, paginate } from '@imednet/core';
import { iterateRecords, RecordSchema } from '@imednet/resources';
import { profile } from './helpers/profile.mjs';
import { startSandboxProcess } from './helpers/startSandbox.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 100_000);
const ROUNDS = arg('rounds', 5);
const PAGE = 500;
const GOAL = 0.85;

// valibot as resources itself resolves it (it is not a dependency of this package).
const resourcesDir = fileURLToPath(new URL('../../resources/', import.meta.url));
const v = await import(
  pathToFileURL(createRequire(`${resourcesDir}package.json`).resolve('valibot')).href
);

const gc = globalThis.gc ?? (() => {});

async function rawLoop(server) {
  const headers = {
    'x-api-key': server.apiKey,
    'x-imn-security-key': server.securityKey,
    accept: 'application/json',
  };
  let count = 0;
  for (let page = 0; ; page++) {
    const res = await fetch(
      `${server.url}/studies/${server.studyKey}/records?page=${page}&size=${PAGE}`,
      { headers },
    );
    if (!res.ok) throw new Error(`raw loop: HTTP ${res.status}`);
    const body = JSON.parse(await res.text());
    for (const r of body.data) if (r.recordId > 0) count++;
    if (page + 1 >= body.pagination.totalPages) return count;
  }
}

async function sdkLoop(client, studyKey) {
  let count = 0;
  for await (const r of iterateRecords(client, studyKey, undefined, { pageSize: PAGE }))
    if (r.recordId > 0) count++;
  return count;
}

// Core alone (request, retries, paging), no validation: splits the SDK's cost between core and
// the resources' schema.
async function coreLoop(client, studyKey) {
  let count = 0;
  const description = { method: 'GET', path: ['studies', studyKey, 'records'] };
  for await (const page of paginate(client, description, { pageSize: PAGE })) {
    for (const r of page.items) if (r.recordId > 0) count++;
  }
  return count;
}

async function timed(fn) {
  gc();
  const t0 = performance.now();
  const count = await fn();
  return { count, ms: performance.now() - t0 };
}

function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const w = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`).join('\n');
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- throughput -------------------------------------------------------------------------
const server = await startSandboxProcess(RECORDS);
const client = createClient({
  apiKey: server.apiKey,
  securityKey: server.securityKey,
  baseUrl: server.url,
  rateLimit: false,
});
// Warm both paths (and the server's caches) once.
await rawLoop(server);
await sdkLoop(client, server.studyKey);
await coreLoop(client, server.studyKey);
const raw = [];
const sdk = [];
const core = [];
const runs = [
  () => rawLoop(server),
  () => sdkLoop(client, server.studyKey),
  () => coreLoop(client, server.studyKey),
];
const sinks = [raw, sdk, core];
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order so no side always runs on a warmer (or busier) machine.
  for (let k = 0; k < runs.length; k++) {
    const i = (k + round) % runs.length;
    sinks[i].push(await timed(runs[i]));
  }
}
for (const r of [...raw, ...sdk, ...core])
  if (r.count !== raw[0].count) throw new Error(`counts differ: ${r.count} vs ${raw[0].count}`);
const rateOf = (xs) => xs[0].count / (median(xs.map((r) => r.ms)) / 1000);
const rawRate = rateOf(raw);
const sdkRate = rateOf(sdk);
const coreRate = rateOf(core);
const ratio = sdkRate / rawRate;

// --- validation cost per record: the record schema alone, on the same records -------------
const items = [];
{
  const headers = { 'x-api-key': server.apiKey, 'x-imn-security-key': server.securityKey };
  for (let page = 0; items.length < 20_000; page++) {
    const res = await fetch(
      `${server.url}/studies/${server.studyKey}/records?page=${page}&size=${PAGE}`,
      { headers },
    );
    const body = await res.json();
    items.push(...body.data);
    if (page + 1 >= body.pagination.totalPages) break;
  }
}
for (const item of items.slice(0, 2000)) v.parse(RecordSchema, item);
gc();
const tv = performance.now();
for (let pass = 0; pass < 3; pass++) for (const item of items) v.parse(RecordSchema, item);
const validateNs = ((performance.now() - tv) * 1e6) / (3 * items.length);
const sdkNsPerRecord = 1e9 / sdkRate;
const rawNsPerRecord = 1e9 / rawRate;

// --- abort latency: abort at varied points of a stream, time until the loop has stopped ----
const abortMs = [];
for (let i = 0; i < 15; i++) {
  const controller = new AbortController();
  const delay = 20 + i * 17;
  let abortedAt = 0;
  setTimeout(() => {
    abortedAt = performance.now();
    controller.abort();
  }, delay);
  try {
    for await (const r of iterateRecords(client, server.studyKey, undefined, {
      pageSize: PAGE,
      signal: controller.signal,
    })) {
      if (r.recordId < 0) break;
    }
  } catch (error) {
    if (error?.name !== 'AbortError') throw error;
  }
  if (abortedAt) abortMs.push(performance.now() - abortedAt);
}
// --- where the SDK's time goes: always printed, so a missed goal comes with its cause ------
const hot = await profile(() => sdkLoop(client, server.studyKey));
await server.stop();

// --- peak RSS: each size in a fresh process, the server in another ------------------------
const rss = [];
const rssChild = fileURLToPath(new URL('./helpers/rssChild.mjs', import.meta.url));
for (const n of [20_000, 200_000]) {
  const s = await startSandboxProcess(n);
  const runChild = (nodeFlags = [], scriptFlags = []) => {
    const run = spawnSync(
      process.execPath,
      [...nodeFlags, rssChild, s.url, s.studyKey, s.apiKey, s.securityKey, ...scriptFlags],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`rss child failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1));
  };
  const peak = runChild();
  // A second pass forcing GCs: the heap that stays in use, to tell a leak from lazy GC.
  const kept = runChild(['--expose-gc'], ['--retained']);
  await s.stop();
  rss.push({ ...peak, retainedHeapMb: kept.retainedHeapMb });
}

const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `stream: ${fmt(raw[0].count)} records, pages of ${PAGE}, ${ROUNDS} rounds (median), server in a child process\n`,
);
console.log(
  table(
    ['measure', 'value'],
    [
      ['raw fetch + JSON.parse, records/s', fmt(rawRate)],
      ['core paginate alone (no validation), records/s', fmt(coreRate)],
      ['iterateRecords, records/s', fmt(sdkRate)],
      [`ratio SDK / raw (goal >= ${GOAL})`, `${fmt(ratio, 3)} ${ratio >= GOAL ? 'ok' : 'MISSED'}`],
      ['raw, microseconds per record', fmt(rawNsPerRecord / 1000, 2)],
      ['core paginate, microseconds per record', fmt(1e6 / coreRate, 2)],
      ['SDK, microseconds per record', fmt(sdkNsPerRecord / 1000, 2)],
      ['validation (RecordSchema parse), microseconds per record', fmt(validateNs / 1000, 2)],
      [
        'validation share of SDK time per record',
        `${fmt((100 * validateNs) / sdkNsPerRecord, 1)} %`,
      ],
      ...rss.map((r) => [
        `peak RSS streaming ${fmt(r.count)} records, MB`,
        `${fmt(r.peakRssMb, 1)} (start ${fmt(r.startRssMb, 1)}, peak heap ${fmt(r.peakHeapMb, 1)}, heap kept after GC ${fmt(r.retainedHeapMb, 1)})`,
      ]),
      [
        'abort to stopped stream, ms (median / max of 15)',
        `${fmt(median(abortMs), 2)} / ${fmt(Math.max(...abortMs), 2)}`,
      ],
    ],
  ),
);
console.log(
  '\nwhere iterateRecords spends its busy time (self time, one run, V8 sampling profiler):',
);
console.log(table(['function and file', 'share'], hot));

// Whole-study reads against a server 50 ms away: the sandbox in its own process with
// `latencyMs: 50`, 50,000 records. Four loops, interleaved, the median of a few rounds:
// a hand-written fetch loop with pages of 500 one request at a time, the same with 4 requests
// in flight, iterateRecords with default options, and with { readAhead: 4, pageSize: 500 }.
// Then the pages per second the sandbox serves over 127.0.0.1 (no latency) against a bare
// node:http server sending the same bytes, both in their own process, with the server's CPU
// time per page (what it would serve with a core to itself: a figure that holds on a busy
// machine); and the peak RSS of a default-options stream of 20,000 and 200,000 records.
// Run by `pnpm bench readAhead` (after `pnpm build`): it measures the dist.
//   node --expose-gc packages/integration/bench/readAhead.bench.mjs [--records N] [--rounds N]
//     [--sweep]   also time every readAhead 0..8 x pageSize 100/250/500 (how the defaults were chosen)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient, DEFAULT_READ_AHEAD, DEFAULT_READ_PAGE_SIZE } from '@imednet/core';
import { iterateRecords } from '@imednet/resources';
import { startSandboxProcess } from './helpers/startSandbox.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 50_000);
const ROUNDS = arg('rounds', 3);
const LATENCY = 50;
const GOALS = { defaults: 1.8, readAhead4: 0.85, rss: 1.5, pagesPerSecond: 100 };
const gc = globalThis.gc ?? (() => {});

const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const w = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`).join('\n');
}
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

function headersOf(server) {
  return {
    'x-api-key': server.apiKey,
    'x-imn-security-key': server.securityKey,
    accept: 'application/json',
  };
}

async function rawPage(server, page, size) {
  const res = await fetch(
    `${server.url}/studies/${server.studyKey}/records?page=${page}&size=${size}`,
    { headers: headersOf(server) },
  );
  if (!res.ok) throw new Error(`raw loop: HTTP ${res.status}`);
  return JSON.parse(await res.text());
}

/** Hand-written loop, pages of 500, `inFlight` requests at a time (records counted). */
async function rawLoop(server, inFlight) {
  const first = await rawPage(server, 0, 500);
  let count = first.data.length;
  let next = 1;
  const worker = async () => {
    while (next < first.pagination.totalPages) {
      const body = await rawPage(server, next++, 500);
      for (const r of body.data) if (r.recordId > 0) count++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return count;
}

async function sdkLoop(client, server, options) {
  let count = 0;
  for await (const r of iterateRecords(client, server.studyKey, undefined, options))
    if (r.recordId > 0) count++;
  return count;
}

async function timed(fn) {
  gc();
  const t0 = performance.now();
  const count = await fn();
  return { count, ms: performance.now() - t0 };
}

// --- four loops at latencyMs 50 -------------------------------------------------------------
const far = await startSandboxProcess(RECORDS, { latencyMs: LATENCY });
const client = createClient({
  apiKey: far.apiKey,
  securityKey: far.securityKey,
  baseUrl: far.url,
  rateLimit: false,
});
const loops = [
  ['raw fetch loop, pages of 500, 1 in flight', () => rawLoop(far, 1)],
  ['raw fetch loop, pages of 500, 4 in flight', () => rawLoop(far, 4)],
  [
    `iterateRecords, default options (readAhead ${DEFAULT_READ_AHEAD}, pageSize ${DEFAULT_READ_PAGE_SIZE})`,
    () => sdkLoop(client, far),
  ],
  [
    'iterateRecords, { readAhead: 4, pageSize: 500 }',
    () => sdkLoop(client, far, { readAhead: 4, pageSize: 500 }),
  ],
];
for (const [, run] of loops) await run(); // warm the server's caches and both paths
const times = loops.map(() => []);
const connections = loops.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order so no loop always runs on a warmer (or busier) machine.
  for (let k = 0; k < loops.length; k++) {
    const i = (k + round) % loops.length;
    const before = await far.stats();
    times[i].push(await timed(loops[i][1]));
    connections[i].push((await far.stats()).connections - before.connections);
  }
}
await far.stop();
for (const r of times.flat())
  if (r.count !== times[0][0].count) throw new Error(`counts differ: ${r.count}`);
const ms = times.map((t) => median(t.map((r) => r.ms)));
const [rawSeq, raw4, sdkDefault, sdk4] = ms;
const ratioDefault = rawSeq / sdkDefault;
const ratio4 = raw4 / sdk4;

// --- readAhead x pageSize sweep (optional: how the defaults were chosen) -------------------
const sweep = [];
if (process.argv.includes('--sweep')) {
  const n = arg('sweep-records', 20_000);
  const s = await startSandboxProcess(n, { latencyMs: LATENCY });
  const c = createClient({
    apiKey: s.apiKey,
    securityKey: s.securityKey,
    baseUrl: s.url,
    rateLimit: false,
  });
  await rawLoop(s, 1);
  const base = median(
    [await timed(() => rawLoop(s, 1)), await timed(() => rawLoop(s, 1))].map((r) => r.ms),
  );
  for (const pageSize of [100, 250, 500]) {
    for (const readAhead of [0, 1, 2, 3, 4, 6, 8]) {
      const r = await timed(() => sdkLoop(c, s, { readAhead, pageSize }));
      sweep.push([pageSize, readAhead, fmt(r.ms), fmt(base / r.ms, 2)]);
    }
  }
  await s.stop();
  sweep.unshift(['raw loop, 1 in flight', '', fmt(base), '1.00']);
  sweep.n = n;
}

// --- pages per second served over 127.0.0.1 (no latency), server in its own process --------
async function serving(options) {
  const s = await startSandboxProcess(RECORDS, { ...options, warmStudy: true });
  const pages = Math.ceil(RECORDS / 500);
  // One request at a time over all pages: wall time (client and server take turns) and the
  // server's CPU time per page.
  const pass = async (studyKey = s.studyKey) => {
    const a = await s.stats();
    const t0 = performance.now();
    for (let p = 0; p < pages; p++) {
      const res = await fetch(`${s.url}/studies/${studyKey}/records?page=${p}&size=500`, {
        headers: headersOf(s),
      });
      await res.text();
    }
    const wall = performance.now() - t0;
    const b = await s.stats();
    return { perSecond: (1000 * pages) / wall, cpuMsPerPage: (b.cpuMs - a.cpuMs) / pages };
  };
  const first = await pass(); // the sandbox generates the records, in a fresh process
  const again = await pass(); // what a benchmark's later rounds see
  // Another study's first read, once the process is warm (JIT compiled, heap grown): what a
  // long-running sandbox does for records it has not made yet. The bare server is warmed alike.
  const warmFirst = await pass(s.warmStudyKey ?? s.studyKey);
  const { connections, requests } = await s.stats();
  await s.stop();
  return { first, again, warmFirst, connections, requests };
}
const sandboxServing = await serving({});
const bareServing = await serving({ bare: true });

// --- peak RSS: each size in a fresh process, default options, the server in another --------
const rss = [];
const rssChild = fileURLToPath(new URL('./helpers/rssChild.mjs', import.meta.url));
for (const n of [20_000, 200_000]) {
  const s = await startSandboxProcess(n);
  const run = spawnSync(process.execPath, [rssChild, s.url, s.studyKey, s.apiKey, s.securityKey], {
    encoding: 'utf8',
  });
  await s.stop();
  if (run.status !== 0) throw new Error(`rss child failed: ${run.stderr}`);
  rss.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
}
const rssRatio = rss[1].peakRssMb / rss[0].peakRssMb;

console.log(
  `whole reads: ${fmt(times[0][0].count)} records, sandbox in a child process at latencyMs ${LATENCY}, ${ROUNDS} rounds (median)\n`,
);
console.log(
  table(
    ['loop', 'seconds', 'records/s', 'vs raw 1 in flight', 'connections (last round)'],
    loops.map(([name], i) => [
      name,
      fmt(ms[i] / 1000, 2),
      fmt((1000 * times[0][0].count) / ms[i]),
      `${fmt(rawSeq / ms[i], 2)}x`,
      connections[i].at(-1),
    ]),
  ),
);
console.log();
console.log(
  table(
    ['goal', 'measured', ''],
    [
      [
        `default options >= ${GOALS.defaults}x the raw loop with 1 in flight`,
        `${fmt(ratioDefault, 2)}x`,
        verdict(ratioDefault >= GOALS.defaults),
      ],
      [
        `readAhead 4 >= ${GOALS.readAhead4} of the raw loop with 4 in flight`,
        fmt(ratio4, 2),
        verdict(ratio4 >= GOALS.readAhead4),
      ],
      [
        `peak RSS at 200,000 records <= ${GOALS.rss}x that at 20,000`,
        `${fmt(rss[1].peakRssMb, 1)} / ${fmt(rss[0].peakRssMb, 1)} MB = ${fmt(rssRatio, 2)}x`,
        verdict(rssRatio <= GOALS.rss),
      ],
      ...['first', 'warmFirst', 'again'].flatMap((when) => {
        const sb = sandboxServing[when];
        const bare = bareServing[when];
        const label = {
          first: 'first read, fresh process',
          warmFirst: 'first read, warm process',
          again: 'read again',
        }[when];
        return [
          [
            `sandbox >= ${GOALS.pagesPerSecond} pages of 500 per second over 127.0.0.1, ${label}`,
            `${fmt(sb.perSecond)} pages/s (bare node:http ${fmt(bare.perSecond)}: ${fmt(sb.perSecond / bare.perSecond, 2)}x)`,
            verdict(sb.perSecond >= GOALS.pagesPerSecond),
          ],
          [
            `sandbox server CPU per page, ${label} (pages/s with a core of its own)`,
            `${fmt(sb.cpuMsPerPage, 2)} ms (${fmt(1000 / sb.cpuMsPerPage)}/s); bare ${fmt(bare.cpuMsPerPage, 2)} ms (${fmt(1000 / bare.cpuMsPerPage)}/s)`,
            verdict(1000 / sb.cpuMsPerPage >= GOALS.pagesPerSecond),
          ],
        ];
      }),
      [
        'connections for 3 sequential passes of all pages',
        `${sandboxServing.connections} for ${sandboxServing.requests} requests`,
        '',
      ],
    ],
  ),
);
if (sweep.length > 0) {
  console.log(
    `\nreadAhead x pageSize, ${fmt(sweep.n)} records at latencyMs ${LATENCY}, one run each:\n`,
  );
  console.log(table(['pageSize', 'readAhead', 'ms', 'vs raw 1 in flight'], sweep));
}

// executePipeline's scheduling overhead: 40 sandbox studies, 50 ms latency per request,
// concurrency 8. The ideal is rounds (40 / 8 = 5) times one study's own time, measured in
// this same process just before each run (so both see the same machine load); the goal is a
// wall time within 15% of it. Uses the built packages (`pnpm build` first).
import { createClient } from '@imednet/core';
import { executePipeline } from '@imednet/orchestrator';
import {
  listForms,
  listIntervals,
  listSites,
  listStudies,
  listSubjects,
  listUsers,
  listVisits,
} from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

const STUDIES = 40;
const CONCURRENCY = 8;
const LATENCY_MS = 50;
const RUNS = 5;
const GOAL = 1.15;
const HTTP = process.argv.includes('--http');

const sandbox = createSandbox({ studyCount: STUDIES, recordsPerStudy: 40, latencyMs: LATENCY_MS });
// By default the sandbox's fetch handler runs in-process: its 50 ms latency is a timer, so the
// figure measures the orchestrator rather than the CPU of an HTTP server sharing this thread.
// `--http` serves it on 127.0.0.1 instead.
const server = HTTP ? await listen(sandbox, { host: '127.0.0.1', port: 0 }) : null;
const client = createClient({
  ...sandbox.credentials,
  ...(server
    ? { baseUrl: server.url }
    : { baseUrl: sandbox.baseUrl, fetch: sandbox.fetch, allowInsecure: true }),
  retries: 0,
});

/** A small study read, one request after the other (each list is a single page here). */
const CALLS = [listForms, listIntervals, listSites, listSubjects, listVisits, listUsers];

async function readStudy(studyKey, c, { signal }) {
  let items = 0;
  for (const list of CALLS) items += (await list(c, studyKey, undefined, { signal })).length;
  return items;
}

/** The same shape with no CPU work: one timer per call. Isolates the scheduling itself. */
async function waitOnly() {
  for (let i = 0; i < CALLS.length; i++) {
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
  }
  return CALLS.length;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Pairs each executePipeline run with a fresh measure of one study alone. */
async function measure(pipeline) {
  const rounds = Math.ceil(STUDIES / CONCURRENCY);
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const singles = [];
    for (const studyKey of sandbox.studyKeys.slice(run * 4, run * 4 + 4)) {
      const signal = new AbortController().signal;
      singles.push(await time(() => pipeline(studyKey, client, { signal })));
    }
    const oneStudy = median(singles);
    let failed = 0;
    const wall = await time(async () => {
      const results = await executePipeline(client, pipeline, { concurrency: CONCURRENCY });
      for (const r of results.values()) if (r.outcome !== 'SUCCESS') failed++;
    });
    samples.push({
      oneStudy,
      ideal: rounds * oneStudy,
      wall,
      ratio: wall / (rounds * oneStudy),
      failed,
    });
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    oneStudy: pick('oneStudy'),
    ideal: pick('ideal'),
    wall: pick('wall'),
    ratio: pick('ratio'),
    failed: samples.reduce((n, s) => n + s.failed, 0),
  };
}

try {
  await executePipeline(client, readStudy, { concurrency: CONCURRENCY }); // warm up
  const main = await measure(readStudy);
  const timers = await measure(waitOnly);
  const listings = [];
  for (let run = 0; run < 3; run++) listings.push(await time(() => listStudies(client)));
  const listing = median(listings);

  console.log(
    `${STUDIES} studies, concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per request, ` +
      `${HTTP ? 'HTTP on 127.0.0.1' : 'in-process fetch handler'}; medians of ${RUNS} runs`,
  );
  const rows = [
    ['pipeline', 'one study', 'ideal (5 rounds)', 'executePipeline', 'wall / ideal'],
    [`${CALLS.length} sandbox list calls`, main.oneStudy, main.ideal, main.wall, main.ratio],
    [
      `${CALLS.length} timers of ${LATENCY_MS} ms`,
      timers.oneStudy,
      timers.ideal,
      timers.wall,
      timers.ratio,
    ],
  ];
  const cell = (v, i) =>
    typeof v === 'string' ? v : i === 4 ? v.toFixed(3) : `${v.toFixed(1)} ms`;
  const table = rows.map((row) => row.map(cell));
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table.slice(1)) console.log(line(row));
  console.log(`listing the studies (part of every executePipeline): ${listing.toFixed(1)} ms`);
  const met = main.ratio <= GOAL && main.failed + timers.failed === 0;
  console.log(`goal wall / ideal <= ${GOAL}: ${met ? 'met' : 'MISSED'}`);
} finally {
  await server?.close();
  sandbox.close();
}

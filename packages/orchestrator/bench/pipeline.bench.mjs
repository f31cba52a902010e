// executePipeline's scheduling overhead: 40 sandbox studies, 50 ms latency per request,
// concurrency 8. The ideal is rounds (40 / 8 = 5) times one study's own time, measured in
// this same process; the goal is a wall time within 15% of it. Uses the built packages.
import { createClient } from '@imednet/core';
import { executePipeline } from '@imednet/orchestrator';
import { listForms, listSites, listStudies, listSubjects } from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

const STUDIES = 40;
const CONCURRENCY = 8;
const LATENCY_MS = 50;
const GOAL = 1.15;

const HTTP = process.argv.includes('--http');

const sandbox = createSandbox({ studyCount: STUDIES, recordsPerStudy: 40, latencyMs: LATENCY_MS });
// By default the sandbox's fetch handler runs in-process: the 50 ms latency is a timer, so
// the figure measures the orchestrator's scheduling rather than the CPU cost of an HTTP
// stack on a busy 2-core machine. `--http` serves it on 127.0.0.1 instead.
const server = HTTP ? await listen(sandbox, { host: '127.0.0.1', port: 0 }) : null;
const client = createClient({
  ...sandbox.credentials,
  ...(server
    ? { baseUrl: server.url }
    : { baseUrl: sandbox.baseUrl, fetch: sandbox.fetch, allowInsecure: true }),
  retries: 0,
});

/** Three requests one after the other: a typical small per-study extraction. */
async function pipeline(studyKey, c, { signal }) {
  const forms = await listForms(c, studyKey, undefined, { signal });
  const sites = await listSites(c, studyKey, undefined, { signal });
  const subjects = await listSubjects(c, studyKey, undefined, { signal });
  return forms.length + sites.length + subjects.length;
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

try {
  // Warm up connections and JIT, then time one study alone, several studies, several times.
  await executePipeline(client, pipeline, { concurrency: CONCURRENCY });
  const singles = [];
  for (const studyKey of sandbox.studyKeys.slice(0, 8)) {
    singles.push(
      await time(() => pipeline(studyKey, client, { signal: new AbortController().signal })),
    );
  }
  const oneStudy = median(singles);
  const rounds = Math.ceil(STUDIES / CONCURRENCY);
  const ideal = rounds * oneStudy;

  const walls = [];
  let failed = 0;
  for (let run = 0; run < 3; run++) {
    walls.push(
      await time(async () => {
        const results = await executePipeline(client, pipeline, { concurrency: CONCURRENCY });
        for (const r of results.values()) if (r.status !== 'SUCCESS') failed++;
      }),
    );
  }
  const wall = median(walls);
  const listings = [];
  for (let run = 0; run < 3; run++) listings.push(await time(() => listStudies(client)));
  const listing = median(listings);
  const ratio = wall / ideal;

  const rows = [
    ['studies / concurrency / latency', `${STUDIES} / ${CONCURRENCY} / ${LATENCY_MS} ms`],
    ['transport', HTTP ? 'HTTP on 127.0.0.1' : 'in-process fetch handler'],
    ['one study alone (median of 8)', `${oneStudy.toFixed(1)} ms`],
    [`ideal: ${rounds} rounds × one study`, `${ideal.toFixed(1)} ms`],
    ['executePipeline wall (median of 3)', `${wall.toFixed(1)} ms`],
    ['  of which listing the studies', `${listing.toFixed(1)} ms`],
    ['wall / ideal', `${ratio.toFixed(3)} (goal ≤ ${GOAL})`],
    ['(wall − listing) / ideal', ((wall - listing) / ideal).toFixed(3)],
    ['failed studies', String(failed)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`| ${'measure'.padEnd(width)} | value |`);
  console.log(`| ${'-'.repeat(width)} | ----- |`);
  for (const [name, value] of rows) console.log(`| ${name.padEnd(width)} | ${value} |`);
  console.log(ratio <= GOAL && failed === 0 ? 'goal met' : 'GOAL MISSED');
} finally {
  await server?.close();
  sandbox.close();
}

// How fast the sandbox serves pages of 500 records, in-process and over 127.0.0.1, against a
// baseline measured in this same process: JSON.parse of the same pages, the least any client
// must do with a page. The sandbox should never be what a benchmark measures, so its cost per
// page should stay within a small multiple of that baseline.
// Then, in a child process, a study of 1,000,000 records: a far page, a filtered scan and a
// sort, with the peak RSS (goal: under 1 GB). Uses the built package: `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../dist/index.js';
import { listen } from '../dist/node/index.js';

const PAGE = 500;
const MB = 1024 * 1024;

if (process.argv.includes('--million')) {
  await million();
} else {
  await pages();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--million'], {
    stdio: 'inherit',
  });
  process.exitCode = child.status ?? 1;
}

function headersOf(sandbox) {
  return {
    'x-api-key': sandbox.credentials.apiKey,
    'x-imn-security-key': sandbox.credentials.securityKey,
  };
}

async function pages() {
  const sandbox = createSandbox({ studyCount: 1, recordsPerStudy: 200_000 });
  const headers = headersOf(sandbox);
  const key = sandbox.studyKeys[0];
  const count = 60;
  const url = (base, p) => `${base}/studies/${key}/records?size=${PAGE}&page=${p}`;
  const bodies = [];
  const rate = (t) => count / ((performance.now() - t) / 1000);
  const pass = async (base, from, fetchFn) => {
    const t = performance.now();
    for (let p = from; p < from + count; p++) {
      bodies[p % 5] = await (await fetchFn(url(base, p), { headers })).text();
    }
    return rate(t);
  };

  await pass(sandbox.baseUrl, 0, sandbox.fetch); // warm-up
  // A first read generates the records; a page read again comes from the page cache.
  const inProcess = await pass(sandbox.baseUrl, 100, sandbox.fetch);
  const repeated = await pass(sandbox.baseUrl, 100, sandbox.fetch);

  const t = performance.now();
  for (let p = 0; p < count; p++) JSON.parse(bodies[p % 5]);
  const parse = rate(t);

  const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  let http;
  let httpAgain;
  try {
    await pass(server.url, 0, fetch);
    http = await pass(server.url, 200, fetch);
    httpAgain = await pass(server.url, 200, fetch);
  } finally {
    await server.close();
  }

  // Baseline for the HTTP figure: a bare node:http server sending one fixed page, fetched the
  // same way; it shows what the transport and the fetch client cost on their own.
  const fixed = Buffer.from(bodies[0]);
  const bare = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': fixed.length });
    res.end(fixed);
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${bare.address().port}`;
  let bareRate;
  try {
    await pass(bareUrl, 0, fetch);
    bareRate = await pass(bareUrl, 200, fetch);
  } finally {
    bare.closeAllConnections();
    await new Promise((resolve) => bare.close(resolve));
  }

  const row = (perSecond) => ({
    'pages/s': Math.round(perSecond),
    'records/s': Math.round(perSecond * PAGE),
  });
  const kb = Math.round(Buffer.byteLength(bodies[0]) / 1024);
  console.log(`pages of ${PAGE} records (${kb} KB each), ${count} pages per measure`);
  console.table({
    'baseline: JSON.parse of a page': row(parse),
    'sandbox.fetch in-process, first read': row(inProcess),
    'sandbox.fetch in-process, read again': row(repeated),
    'listen on 127.0.0.1 + fetch, first read': row(http),
    'listen on 127.0.0.1 + fetch, read again': row(httpAgain),
    'baseline: bare node:http, one fixed page + fetch': row(bareRate),
  });
  console.log(
    `in-process serving costs ${(parse / inProcess).toFixed(2)}x (first read) and ` +
      `${(parse / repeated).toFixed(2)}x (read again) a JSON.parse of the same page; over ` +
      `127.0.0.1 it reaches ${Math.round((100 * http) / bareRate)}% (first read) and ` +
      `${Math.round((100 * httpAgain) / bareRate)}% (read again) of a bare server's rate ` +
      `(goal: at least 100 pages/s on a first read)`,
  );
}

async function million() {
  const t0 = performance.now();
  const sandbox = createSandbox({ studyCount: 1, recordsPerStudy: 1_000_000 });
  const created = performance.now() - t0;
  const headers = headersOf(sandbox);
  const key = sandbox.studyKeys[0];
  const rows = [];
  const time = async (label, query) => {
    const t = performance.now();
    const response = await sandbox.fetch(`${sandbox.baseUrl}/studies/${key}/records?${query}`, {
      headers,
    });
    const body = await response.json();
    rows.push({
      request: label,
      status: response.status,
      totalElements: body.pagination?.totalElements,
      ms: Math.round(performance.now() - t),
      'rss MB': Math.round(process.memoryUsage().rss / MB),
    });
  };
  await time(
    'far page (1999) with studyKey filter',
    `size=${PAGE}&page=1999&filter=studyKey==${key}`,
  );
  await time('filter formKey==VS, page 500 (one scan)', `size=${PAGE}&page=500&filter=formKey==VS`);
  await time('same filter, page 501 (cached)', `size=${PAGE}&page=501&filter=formKey==VS`);
  await time('recordDataFilter SYSBP>150 (one scan)', `size=${PAGE}&recordDataFilter=SYSBP%3E150`);
  await time('sort=dateCreated,DESC (one sort)', `size=${PAGE}&page=10&sort=dateCreated,DESC`);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`\n1,000,000-record study: generated in ${Math.round(created)} ms`);
  console.table(rows);
  console.log(
    `peak RSS ${Math.round(peak)} MB (goal: under 1024 MB): ${peak < 1024 ? 'ok' : 'OVER'}`,
  );
  if (peak >= 1024) process.exitCode = 1;
}

// A full and an incremental sync of a 200,000-record sandbox study into SQLite, and a fresh
// SQLite export of the same study as the baseline. Prints, per run: time, requests and
// records served (counted at the sandbox), peak RSS of the syncing process, and the ratios
// to the export. The sandbox runs in this process and serves 127.0.0.1; each sync or export
// runs in a fresh child, so its peak RSS is its own. Printed, not asserted.
// Uses the built packages (`pnpm build` first; `pnpm bench` does it).
// Options: --records 20000 (a smaller study), --changes 10.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  options: {
    worker: { type: 'string' },
    records: { type: 'string', default: '200000' },
    changes: { type: 'string', default: '10' },
  },
});

if (values.worker) await runWorker(values.worker);
else await runMain();

/** One sync or export in this process; prints one JSON line with its figures. */
async function runWorker(kind) {
  const { createClient } = await import('@imednet/core');
  const { BENCH_URL, BENCH_API_KEY, BENCH_SECURITY_KEY, BENCH_STUDY, BENCH_DIR } = process.env;
  const client = createClient({
    apiKey: BENCH_API_KEY,
    securityKey: BENCH_SECURITY_KEY,
    baseUrl: BENCH_URL,
    allowInsecure: true,
    env: {},
  });
  const start = performance.now();
  let rows;
  if (kind === 'export') {
    const { exportStudy } = await import('@imednet/export');
    const out = join(BENCH_DIR, 'export.sqlite');
    rows = (
      await exportStudy(client, BENCH_STUDY, { format: 'sqlite', out, byForm: true, pageSize: 500 })
    ).rows;
  } else {
    const { sqliteTarget, syncStudy } = await import('@imednet/sync');
    const result = await syncStudy(client, BENCH_STUDY, {
      target: sqliteTarget(join(BENCH_DIR, 'sync.sqlite')),
    });
    rows = result.fetched;
  }
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows, seconds, peakMb })}\n`);
}

function runChild(kind, env, counter) {
  return new Promise((resolve, reject) => {
    const before = { ...counter };
    const child = spawn(process.execPath, [SELF, '--worker', kind], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${kind} failed (exit ${code})`));
      resolve({
        ...JSON.parse(out.trim().split('\n').at(-1)),
        requests: counter.requests - before.requests,
        records: counter.records - before.records,
      });
    });
  });
}

/** Changes `count` records through the API (a createRecords job), one deletion included. */
async function change(sandbox, url, studyKey, count) {
  const { createClient } = await import('@imednet/core');
  const { createRecords, iterateRecords } = await import('@imednet/resources');
  const { waitForJob } = await import('@imednet/jobs');
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: url,
    allowInsecure: true,
    env: {},
  });
  const byForm = new Map();
  for await (const record of iterateRecords(client, studyKey, undefined, { pageSize: 500 })) {
    const list = byForm.get(record.formKey) ?? [];
    list.push(record);
    byForm.set(record.formKey, list);
    if (list.length > count && byForm.size > 2) break;
  }
  const list = [...byForm.values()].sort((a, b) => b.length - a.length)[0];
  const items = [];
  for (let i = 0; i < count - 1; i++) {
    items.push({
      formKey: list[i].formKey,
      recordId: list[i].recordId,
      data: list[i + 1].recordData,
    });
  }
  const job = await createRecords(client, studyKey, items);
  await waitForJob(client, studyKey, job.batchId, { interval: 10 });
  sandbox.deleteRecord(studyKey, list.at(-1).recordId);
}

async function runMain() {
  const { createSandbox } = await import('@imednet/sandbox');
  const { listen } = await import('@imednet/sandbox/node');
  const records = Number(values.records);
  const counter = { requests: 0, records: 0 };
  const sandbox = createSandbox({
    seed: 3,
    studyCount: 1,
    recordsPerStudy: records,
    jobDurationMs: 0,
    onRequest: () => {
      counter.requests++;
    },
  });
  // Records served are counted from the pages' sizes: wrap the handler the listener calls.
  const serve = sandbox.serve.bind(sandbox);
  sandbox.serve = async (request) => {
    const served = await serve(request);
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/records')) {
      counter.records += JSON.parse(new TextDecoder().decode(served.body)).data?.length ?? 0;
    }
    return served;
  };
  const server = await listen(sandbox);
  const studyKey = sandbox.studyKeys[0];
  const dir = await mkdtemp(join(tmpdir(), 'imednet-sync-bench-'));
  const env = {
    BENCH_URL: server.url,
    BENCH_API_KEY: sandbox.credentials.apiKey,
    BENCH_SECURITY_KEY: sandbox.credentials.securityKey,
    BENCH_STUDY: studyKey,
    BENCH_DIR: dir,
  };
  try {
    console.log(`sync of a ${records.toLocaleString('en')}-record study into SQLite`);
    const exported = await runChild('export', env, counter);
    const full = await runChild('sync', env, counter);
    await change(sandbox, server.url, studyKey, Number(values.changes));
    const incremental = await runChild('sync', env, counter);
    const rows = [
      ['export (baseline)', exported],
      ['full sync', full],
      [`incremental (${values.changes} changes)`, incremental],
    ];
    console.log(
      `${'run'.padEnd(26)}${'seconds'.padStart(9)}${'requests'.padStart(10)}${'records'.padStart(10)}${'peak MB'.padStart(9)}${'time/export'.padStart(13)}${'records/full'.padStart(14)}`,
    );
    for (const [name, r] of rows) {
      console.log(
        `${name.padEnd(26)}${r.seconds.toFixed(1).padStart(9)}${String(r.requests).padStart(10)}${String(r.records).padStart(10)}${r.peakMb.toFixed(0).padStart(9)}${(r.seconds / exported.seconds).toFixed(2).padStart(13)}${((100 * r.records) / full.records).toFixed(3).padStart(13)}%`,
      );
    }
  } finally {
    await server.close();
    sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

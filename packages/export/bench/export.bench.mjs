// Streams sandbox studies of 20,000 and 200,000 records into every format and prints, per
// format and size, records per second and the peak RSS of the exporting process.
// Dataset-JSON runs in its three encodings (`dataset-json` is the .json one, whose record
// count must precede the rows), and each Dataset-JSON export is then read back with
// readDatasetJson in another fresh child (`read dataset-json...` rows). The
// sandbox runs in its own child process on 127.0.0.1; each export runs in a fresh child
// too, so its peak RSS is its own. Goals: under 300 MB at 200,000 records, and at most
// 1.5 times the 20,000-record figure (memory stays flat as the study grows).
// Uses the built packages (`pnpm build` first; `pnpm bench` does it).
// Options: --sizes 2000,20000 (smaller runs), --formats csv,sqlite.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const SANDBOX_BIN = fileURLToPath(new URL('../../sandbox/dist/bin.js', import.meta.url));
const RSS_GOAL_MB = 300;
const GROWTH_GOAL = 1.5;

const { values } = parseArgs({
  options: {
    worker: { type: 'string' },
    sizes: { type: 'string', default: '20000,200000' },
    formats: {
      type: 'string',
      default:
        'csv,ndjson,json,parquet,sqlite,duckdb,dataset-json,dataset-json:ndjson,dataset-json:dsjc',
    },
    read: { type: 'string' },
  },
});

if (values.worker) await runWorker(values.worker);
else if (values.read) await runReader(values.read);
else await runMain();

/** Reads every Dataset-JSON file in a folder in this process; prints one JSON line. */
async function runReader(dir) {
  const { readdir } = await import('node:fs/promises');
  const { readDatasetJson } = await import('@imednet/export');
  const start = performance.now();
  let rows = 0;
  for (const file of await readdir(dir)) {
    const { rows: iterable } = await readDatasetJson(join(dir, file));
    for await (const _ of iterable) rows++;
  }
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows, seconds, peakMb })}\n`);
}

/** One export in this process; prints one JSON line with its figures. */
async function runWorker(format) {
  const { createClient } = await import('@imednet/core');
  const { exportStudy } = await import('@imednet/export');
  const { BENCH_URL, BENCH_API_KEY, BENCH_SECURITY_KEY, BENCH_STUDY, BENCH_OUT } = process.env;
  const client = createClient({
    apiKey: BENCH_API_KEY,
    securityKey: BENCH_SECURITY_KEY,
    baseUrl: BENCH_URL,
    allowInsecure: true,
    env: {},
  });
  const [name, encoding] = format.split(':');
  const start = performance.now();
  const result = await exportStudy(client, BENCH_STUDY, {
    format: name,
    out: join(BENCH_OUT, `study.${name}`),
    pageSize: 500,
    ...(encoding === undefined ? {} : { datasetJson: { encoding } }),
  });
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows: result.rows, seconds, peakMb })}\n`);
}

async function runMain() {
  const sizes = values.sizes.split(',').map(Number);
  const formats = values.formats.split(',');
  const results = new Map();
  const report = (name, size, figures) => {
    results.set(`${name}:${size}`, figures);
    process.stdout.write(
      `  ${name} ${size}: ${figures.rows} rows, ${(figures.rows / figures.seconds).toFixed(0)} rec/s, peak ${figures.peakMb.toFixed(0)} MB\n`,
    );
  };
  for (const size of sizes) {
    const sandbox = await startSandbox(size);
    try {
      for (const format of formats) {
        const figures = await runExport(format, sandbox);
        report(format, size, figures);
        if (figures.read) report(`read ${format}`, size, figures.read);
      }
    } finally {
      sandbox.child.kill('SIGTERM');
      await once(sandbox.child, 'exit');
    }
  }
  const rows = formats.flatMap((f) => (f.startsWith('dataset-json') ? [f, `read ${f}`] : [f]));
  printTable(sizes, rows, results);
}

/** Starts the sandbox CLI with one study of about `records` records. */
async function startSandbox(records) {
  const child = spawn(
    process.execPath,
    [SANDBOX_BIN, '--studies', '1', '--records', String(records), '--seed', '3', '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const [line] = await once(lines, 'line');
  lines.close();
  const info = JSON.parse(line);
  return { child, ...info };
}

/**
 * Runs one export in a fresh child process and reads its figures. A child that cannot load
 * the built packages (another build is rewriting dist/ right then) is retried after a pause.
 */
async function runExport(format, sandbox) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runExportOnce(format, sandbox);
    } catch (error) {
      if (!String(error.message).includes('ERR_MODULE_NOT_FOUND') || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20_000));
    }
  }
}

async function runExportOnce(format, sandbox) {
  const out = await mkdtemp(join(tmpdir(), 'imednet-export-bench-'));
  try {
    const figures = await runChild(['--worker', format], {
      BENCH_URL: sandbox.url,
      BENCH_API_KEY: sandbox.apiKey,
      BENCH_SECURITY_KEY: sandbox.securityKey,
      BENCH_STUDY: sandbox.studyKeys[0],
      BENCH_OUT: out,
    });
    if (!format.startsWith('dataset-json')) return figures;
    return { ...figures, read: await runChild(['--read', join(out, 'study.dataset-json')]) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Runs this script in a fresh child with `args`; resolves to the JSON line it prints. */
async function runChild(args, env = {}) {
  const child = spawn(process.execPath, [SELF, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let text = '';
  let errors = '';
  child.stdout.on('data', (chunk) => {
    text += chunk;
  });
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${errors}`);
  return JSON.parse(text.trim().split('\n').at(-1));
}

function printTable(sizes, formats, results) {
  const [small, large] = [sizes[0], sizes.at(-1)];
  const header = ['format', ...sizes.flatMap((s) => [`rec/s @${s}`, `peak MB @${s}`])];
  if (sizes.length > 1) header.push(`peak ${large}/${small}`, 'goals');
  const rows = formats.map((format) => {
    const cells = [format];
    for (const size of sizes) {
      const r = results.get(`${format}:${size}`);
      cells.push((r.rows / r.seconds).toFixed(0), r.peakMb.toFixed(0));
    }
    if (sizes.length > 1) {
      const a = results.get(`${format}:${small}`).peakMb;
      const b = results.get(`${format}:${large}`).peakMb;
      const ok = b < RSS_GOAL_MB && b <= a * GROWTH_GOAL;
      cells.push((b / a).toFixed(2), ok ? 'met' : 'MISSED');
    }
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(
    `\nExport of sandbox records (goals: peak < ${RSS_GOAL_MB} MB at ${large}, <= ${GROWTH_GOAL}x the ${small} figure)`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

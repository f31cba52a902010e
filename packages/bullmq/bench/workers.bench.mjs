// 40 studies at 50 ms API latency on 1, 2 and 4 worker processes (BullMQ on a throwaway
// redis-server): wall time and the speed-up over one worker. The sandbox runs in its own
// process, as does every worker; the rate limit is off, so the workers are the bound.
import { execFileSync, fork, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBullmqExecutor } from '@imednet/bullmq';
import { createClient } from '@imednet/core';
import { executePipeline } from '@imednet/orchestrator';

const STUDIES = 40;
const PER_WORKER = 2;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

let redisBinary;
try {
  redisBinary = execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
} catch {
  console.log('skipped: no redis-server (apt-get install -y redis-server)');
  process.exit(0);
}

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const redis = spawn(
  redisBinary,
  ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
  { stdio: 'ignore' },
);
const redisUrl = `redis://127.0.0.1:${port}`;

const sandbox = spawn(
  process.execPath,
  [
    here('../../sandbox/dist/bin.js'),
    '--json',
    '--studies',
    String(STUDIES),
    '--records',
    '200',
    '--latency',
    '50',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const info = await new Promise((resolve) => {
  let out = '';
  sandbox.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
  });
});
const env = {
  ...process.env,
  REDIS_URL: redisUrl,
  CONCURRENCY: String(PER_WORKER),
  IMEDNET_BASE_URL: info.url,
  IMEDNET_API_KEY: info.apiKey,
  IMEDNET_SECURITY_KEY: info.securityKey,
};
const client = createClient({
  apiKey: info.apiKey,
  securityKey: info.securityKey,
  baseUrl: info.url,
});
const pipeline = { module: here('./studyStructure.mjs'), export: 'studyStructure' };

async function run(workerCount, round) {
  const queueName = `bench${workerCount}r${round}`;
  const workers = await Promise.all(
    Array.from({ length: workerCount }, () => {
      const child = fork(here('../test/fixtures/worker.mjs'), [], {
        env: { ...env, QUEUE: queueName },
      });
      return new Promise((resolve) => child.once('message', () => resolve(child)));
    }),
  );
  const started = performance.now();
  const results = await executePipeline(client, pipeline, {
    executor: createBullmqExecutor({ connection: redisUrl, queueName }),
  });
  const ms = performance.now() - started;
  for (const worker of workers) worker.kill('SIGKILL');
  const ok = [...results.values()].filter((r) => r.status === 'SUCCESS').length;
  if (ok !== STUDIES) throw new Error(`${STUDIES - ok} studies did not succeed`);
  return ms;
}

try {
  const rows = [];
  const best = {};
  for (const round of [1, 2]) {
    for (const workers of [1, 2, 4]) {
      const ms = await run(workers, round);
      best[workers] = Math.min(best[workers] ?? Infinity, ms);
    }
  }
  for (const workers of [1, 2, 4]) {
    rows.push({
      workers,
      'studies at once': workers * PER_WORKER,
      'wall ms (best of 2)': Math.round(best[workers]),
      'speed-up vs 1 worker': (best[1] / best[workers]).toFixed(2),
    });
  }
  console.log(
    `${STUDIES} studies, 8 requests each, API latency 50 ms, ${PER_WORKER} studies per worker`,
  );
  console.table(rows);
  console.log(`goal: 2 workers at least 1.70x; measured ${(best[1] / best[2]).toFixed(2)}x`);
} finally {
  sandbox.kill('SIGTERM');
  redis.kill('SIGKILL');
}

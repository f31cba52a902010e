#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createSandbox } from './createSandbox';
import { listen } from './node/listen';
import type { SandboxOptions } from './types';

const HELP = `imednet-sandbox: a fake iMednet EDC server on a local port

Usage: imednet-sandbox [options]

  --host <host>                  default 127.0.0.1
  --port <port>                  default 0 (a free port)
  --seed <n>                     seed of the generated data (default 1)
  --studies <n>                  number of studies (default 3)
  --subjects <n>                 subjects per study
  --records <n>                  records per study, approximately (default 500)
  --latency <ms>                 delay before each answer
  --job-duration <ms>            time a record job takes (default 500)
  --rate-limit <n>               requests per second before 429s
  --fault-seed <n>               seed of the fault sequence
  --server-error-rate <p>        share of answers that are 500
  --unavailable-rate <p>         share of answers that are 503
  --rate-limited-rate <p>        share of answers that are 429
  --reset-rate <p>               share of connections reset
  --truncate-rate <p>            share of bodies cut in half
  --slow-body-rate <p>           share of bodies paused half way
  --slow-body-ms <ms>            pause of a slow body (default 1000)
  --api-key <key>                accept this API key instead of the generated one
  --security-key <key>           accept this security key instead of the generated one
  --json                         print the URL and keys as one JSON line
  -h, --help                     this text
`;

const NUMERIC = {
  seed: 'seed',
  studies: 'studyCount',
  subjects: 'subjectsPerStudy',
  records: 'recordsPerStudy',
  latency: 'latencyMs',
  'job-duration': 'jobDurationMs',
} as const;

const FAULTS = {
  'fault-seed': 'seed',
  'server-error-rate': 'serverErrorRate',
  'unavailable-rate': 'unavailableRate',
  'rate-limited-rate': 'rateLimitedRate',
  'reset-rate': 'resetRate',
  'truncate-rate': 'truncateRate',
  'slow-body-rate': 'slowBodyRate',
  'slow-body-ms': 'slowBodyMs',
} as const;

function number(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new TypeError(`--${flag} takes a number, not "${text}"`);
  return n;
}

async function main(): Promise<void> {
  const stringFlags = [
    ...Object.keys(NUMERIC),
    ...Object.keys(FAULTS),
    'host',
    'port',
    'rate-limit',
    'api-key',
    'security-key',
  ];
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(stringFlags.map((f) => [f, { type: 'string' as const }])),
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const flags = values as Record<string, string | boolean | undefined>;
  if (flags.help) {
    process.stdout.write(HELP);
    return;
  }
  const options: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(NUMERIC)) {
    if (typeof flags[flag] === 'string') options[key] = number(flag, flags[flag]);
  }
  const faults: Record<string, number> = {};
  for (const [flag, key] of Object.entries(FAULTS)) {
    if (typeof flags[flag] === 'string') faults[key] = number(flag, flags[flag]);
  }
  if (Object.keys(faults).length > 0) options.faults = faults;
  if (typeof flags['rate-limit'] === 'string') {
    options.rateLimit = { requestsPerSecond: number('rate-limit', flags['rate-limit']) };
  }
  if (typeof flags['api-key'] === 'string' || typeof flags['security-key'] === 'string') {
    if (typeof flags['api-key'] !== 'string' || typeof flags['security-key'] !== 'string') {
      throw new TypeError('--api-key and --security-key go together');
    }
    options.credentials = { apiKey: flags['api-key'], securityKey: flags['security-key'] };
  }
  const sandbox = createSandbox(options as SandboxOptions);
  const server = await listen(sandbox, {
    host: typeof flags.host === 'string' ? flags.host : '127.0.0.1',
    port: typeof flags.port === 'string' ? number('port', flags.port) : 0,
  });
  if (flags.json) {
    process.stdout.write(
      JSON.stringify({ url: server.url, ...sandbox.credentials, studyKeys: sandbox.studyKeys }) +
        '\n',
    );
  } else {
    process.stdout.write(
      `iMednet sandbox listening at ${server.url}\n` +
        `Demo keys (generated, not anyone's secrets):\n` +
        `  IMEDNET_BASE_URL=${server.url}\n` +
        `  IMEDNET_API_KEY=${sandbox.credentials.apiKey}\n` +
        `  IMEDNET_SECURITY_KEY=${sandbox.credentials.securityKey}\n` +
        `Studies: ${sandbox.studyKeys.join(', ')}\n` +
        `Press Ctrl+C to stop.\n`,
    );
  }
  const stop = () => {
    sandbox.close();
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `imednet-sandbox: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
});

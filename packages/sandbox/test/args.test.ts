import { expect, test } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { parseSandboxArgs } from '../src/node/parseSandboxArgs.ts';

test('flags become sandbox options', () => {
  const args = parseSandboxArgs([
    '--seed=4',
    '--studies',
    '2',
    '--records',
    '300',
    '--subjects',
    '30',
    '--latency',
    '5',
    '--job-duration',
    '0',
    '--rate-limit',
    '50',
    '--fault-seed',
    '9',
    '--reset-rate',
    '0.1',
    '--truncate-rate',
    '0.05',
    '--slow-body-ms',
    '20',
    '--port',
    '8080',
    '--json',
  ]);
  expect(args).toEqual({
    help: false,
    json: true,
    host: '127.0.0.1',
    port: 8080,
    options: {
      seed: 4,
      studyCount: 2,
      recordsPerStudy: 300,
      subjectsPerStudy: 30,
      latencyMs: 5,
      jobDurationMs: 0,
      rateLimit: { requestsPerSecond: 50 },
      faults: { seed: 9, resetRate: 0.1, truncateRate: 0.05, slowBodyMs: 20 },
    },
  });
  expect(createSandbox(args.options).studyKeys).toHaveLength(2);
});

test('bad flags are refused with a clear error', () => {
  expect(() => parseSandboxArgs(['--records', 'many'])).toThrow(
    '--records takes a number, not "many"',
  );
  expect(() => parseSandboxArgs(['--bogus'])).toThrow(/bogus/);
  expect(() => parseSandboxArgs(['--api-key', 'k'])).toThrow(/go together/);
  expect(parseSandboxArgs(['-h']).help).toBe(true);
  expect(parseSandboxArgs(['--api-key', 'a', '--security-key', 'b']).options.credentials).toEqual({
    apiKey: 'a',
    securityKey: 'b',
  });
});

import { parseArgs } from 'node:util';
import type { SandboxOptions } from '../types.ts';

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

/** What the command line asks for. */
export interface SandboxArgs {
  readonly help: boolean;
  readonly json: boolean;
  readonly host: string;
  readonly port: number;
  readonly options: SandboxOptions;
}

/**
 * Turns `imednet-sandbox` flags into sandbox options.
 *
 * @throws {TypeError} on an unknown flag, a flag without its value or a value that is not a number.
 * @example
 * parseSandboxArgs(['--records', '5000', '--reset-rate', '0.1']).options;
 */
export function parseSandboxArgs(args: readonly string[]): SandboxArgs {
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
    args: [...args],
    options: {
      ...Object.fromEntries(stringFlags.map((f) => [f, { type: 'string' as const }])),
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const flags = values as Record<string, string | boolean | undefined>;
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
  return {
    help: flags.help === true,
    json: flags.json === true,
    host: typeof flags.host === 'string' ? flags.host : '127.0.0.1',
    port: typeof flags.port === 'string' ? number('port', flags.port) : 0,
    options: options as SandboxOptions,
  };
}

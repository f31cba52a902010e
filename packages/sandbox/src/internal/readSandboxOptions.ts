import type { SandboxFaults, SandboxOptions } from '../types.ts';
import { checkFaults } from './faults.ts';
import { hash, seedNumber } from './random.ts';
import { createRateLimiter, type RateLimiter } from './rateLimiter.ts';
import { SALT } from './salts.ts';

/** The sandbox's options, checked, with their defaults filled in. */
export interface SandboxSettings {
  readonly seed: number;
  readonly studyCount: number;
  readonly subjectsPerStudy: number;
  readonly recordsPerStudy: number;
  readonly latencyMs: number;
  readonly jobDurationMs: number;
  readonly faults: SandboxFaults;
  readonly slowBodyMs: number;
  readonly retryAfterSeconds: number;
  readonly limiter: RateLimiter | null;
  readonly now: () => number;
  readonly credentials: { readonly apiKey: string; readonly securityKey: string };
}

/**
 * Checks the options and fills in the defaults.
 *
 * @throws {TypeError} when an option is out of range (negative counts, fault rates above 1).
 */
export function readSandboxOptions(options: SandboxOptions): SandboxSettings {
  const seed = seedNumber(options.seed ?? 1);
  const recordsPerStudy = count(
    'recordsPerStudy',
    options.recordsPerStudy,
    options.subjectsPerStudy === undefined ? 500 : options.subjectsPerStudy * 10,
  );
  const faults = options.faults ?? {};
  checkFaults(faults);
  const rate = options.rateLimit?.requestsPerSecond;
  if (rate !== undefined && !(rate > 0))
    throw new TypeError('rateLimit.requestsPerSecond must be above 0');
  return {
    seed,
    studyCount: count('studyCount', options.studyCount, 3),
    recordsPerStudy,
    subjectsPerStudy: count(
      'subjectsPerStudy',
      options.subjectsPerStudy,
      Math.max(1, Math.ceil(recordsPerStudy / 10)),
    ),
    latencyMs: count('latencyMs', options.latencyMs, 0),
    jobDurationMs: count('jobDurationMs', options.jobDurationMs, 500),
    faults,
    slowBodyMs: count('faults.slowBodyMs', faults.slowBodyMs, 1000),
    retryAfterSeconds: count('faults.retryAfterSeconds', faults.retryAfterSeconds, 1),
    limiter: rate === undefined ? null : createRateLimiter(rate),
    now: options.now ?? Date.now,
    credentials: options.credentials ?? defaultCredentials(seed),
  };
}

function count(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(`${name} must be an integer of ${min} or more`);
  }
  return value;
}

/** Keys that are stable under the seed, so a saved `.env` keeps working against the same seed. */
function defaultCredentials(seed: number): SandboxSettings['credentials'] {
  const hex = (salt: number) => hash(seed, salt).toString(16).padStart(8, '0');
  return {
    apiKey: `sandbox-api-key-${hex(SALT.apiKeyHigh)}${hex(SALT.apiKeyLow)}`,
    securityKey: `sandbox-security-key-${hex(SALT.securityKeyHigh)}${hex(SALT.securityKeyLow)}`,
  };
}

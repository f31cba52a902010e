import { InvalidInputError } from '@imednet/core';

const DEFAULT_INTERVAL = 5000;
const DEFAULT_MAX_INTERVAL = 30_000;
const DEFAULT_TIMEOUT = 300_000;

/** The waiter's timings with defaults applied, in milliseconds. */
export interface Timings {
  interval: number;
  maxInterval: number;
  timeout: number;
}

/** Applies the waiter's defaults and refuses nonsense, before any request is sent. */
export function readTimings(options: Partial<Timings>): Timings {
  const interval = options.interval ?? DEFAULT_INTERVAL;
  const maxInterval = options.maxInterval ?? Math.max(DEFAULT_MAX_INTERVAL, interval);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const issues: { field: string; message: string }[] = [];
  if (!isDuration(interval) || interval === 0) {
    issues.push({ field: 'interval', message: 'must be a finite number of milliseconds > 0' });
  }
  if (!isDuration(maxInterval) || maxInterval < interval) {
    issues.push({ field: 'maxInterval', message: 'must be a finite number >= interval' });
  }
  if (!isDuration(timeout)) {
    issues.push({ field: 'timeout', message: 'must be a finite number of milliseconds >= 0' });
  }
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
  return { interval, maxInterval, timeout };
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

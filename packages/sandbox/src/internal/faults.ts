import type { SandboxFault, SandboxFaults } from '../types.ts';
import { unit } from './random.ts';
import { SALT } from './salts.ts';

const ORDER = [
  ['resetRate', 'reset'],
  ['unavailableRate', 'unavailable'],
  ['serverErrorRate', 'serverError'],
  ['rateLimitedRate', 'rateLimited'],
  ['truncateRate', 'truncate'],
  ['slowBodyRate', 'slowBody'],
] as const;

/** Checks the fault rates: each in [0, 1], together at most 1. */
export function checkFaults(faults: SandboxFaults): void {
  let sum = 0;
  for (const [key] of ORDER) {
    const rate = faults[key] ?? 0;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
      throw new TypeError(`faults.${key} must be a number from 0 to 1`);
    }
    sum += rate;
  }
  if (sum > 1 + 1e-9) throw new TypeError('The fault rates must add up to at most 1');
}

/** The fault of request number `seq`: a pure function of the fault seed and `seq`. */
export function pickFault(faults: SandboxFaults, seq: number): SandboxFault | undefined {
  const r = unit(faults.seed ?? 0, seq, SALT.fault);
  let edge = 0;
  for (const [key, fault] of ORDER) {
    edge += faults[key] ?? 0;
    if (r < edge) return fault;
  }
  return undefined;
}

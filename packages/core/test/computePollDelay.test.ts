import { describe, expect, it } from 'vitest';
import { computePollDelay } from '../src/index.ts';

// Moved from jobs, where this was a private computeBackoff(attempt, interval, maxInterval).
describe('computePollDelay', () => {
  it('stays between interval and a ceiling that doubles up to maxInterval', () => {
    expect(computePollDelay(100, 1, 1000, () => 1)).toBe(100);
    expect(computePollDelay(100, 2, 1000, () => 1)).toBe(200);
    expect(computePollDelay(100, 4, 1000, () => 1)).toBe(800);
    expect(computePollDelay(100, 5, 1000, () => 1)).toBe(1000);
    expect(computePollDelay(100, 5000, 1000, () => 1)).toBe(1000);
    expect(computePollDelay(100, 5, 1000, () => 0)).toBe(100);
    expect(computePollDelay(100, 3, 1000, () => 0.5)).toBe(250);
  });
});

import type { WriteOptions, WriteProgress } from '../types.ts';

/** Counts rows and calls `onProgress` every `progressInterval` rows. */
export interface ProgressCounter {
  readonly count: number;
  tick(): void;
  done(): void;
}

export function createProgressCounter(options: WriteOptions, table?: string): ProgressCounter {
  const interval = Math.max(1, options.progressInterval ?? 1000);
  const report = options.onProgress;
  let count = 0;
  const emit = (): void => {
    const progress: WriteProgress = table === undefined ? { rows: count } : { rows: count, table };
    report?.(progress);
  };
  return {
    get count() {
      return count;
    },
    tick() {
      count++;
      if (report && count % interval === 0) emit();
    },
    // The last call always reports the total, unless the interval just reported it.
    done() {
      if (report && (count === 0 || count % interval !== 0)) emit();
    },
  };
}

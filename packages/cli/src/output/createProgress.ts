import type { CliStream } from '../cli/context.ts';

/** A progress line on stderr; every method is a no-op when progress is off. */
export interface Progress {
  /** Sets the figures: `done` so far, and `total` when it is known. */
  update(done: number, total?: number | null, note?: string): void;
  /** Clears the line. */
  finish(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  stream: CliStream;
  label: string;
  /** Off with --quiet or when stderr is not a terminal. */
  enabled: boolean;
  /** Masks secrets in the note, as every printed text must be. */
  redact?: (text: string) => string;
}

const WIDTH = 24;
const REDRAW_MS = 80;

/**
 * Creates a one-line progress bar on stderr, redrawn at most every 80 ms. It is only drawn
 * on a terminal: logs and pipes never receive carriage returns.
 *
 * @throws never
 * @example
 * const bar = createProgress({ stream: process.stderr, label: 'export', enabled: true });
 * bar.update(10, 100); bar.finish();
 */
export function createProgress(options: ProgressOptions): Progress {
  if (!options.enabled) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  const redact = options.redact ?? ((text: string) => text);
  return {
    update(done, total, note) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      options.stream.write(`\r\u001b[2K${redact(formatLine(options.label, done, total, note))}`);
    },
    finish() {
      if (drawn) options.stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

function formatLine(
  label: string,
  done: number,
  total: number | null | undefined,
  note?: string,
): string {
  const suffix = note ? ` ${note}` : '';
  if (total === undefined || total === null || total <= 0) return `${label} ${done}${suffix}`;
  const ratio = Math.min(1, done / total);
  const filled = Math.round(ratio * WIDTH);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}${suffix}`;
}

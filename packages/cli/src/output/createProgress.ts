import type { CliStream } from '../cli/context.ts';

/** A progress display on stderr; every method is a no-op when progress is off. */
export interface Progress {
  /** Sets the figures: `done` so far, and `total` when it is known. */
  update(done: number, total?: number | null, note?: string): void;
  /** Clears the bar (or prints the last plain line). */
  finish(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  stream: CliStream;
  label: string;
  /** The bar, redrawn in place: on only on a terminal and without --quiet. */
  enabled: boolean;
  /**
   * Off a terminal (and without --quiet): a plain line every 2 s and the last figures at the
   * end, for logs. Default false (nothing).
   */
  lines?: boolean;
  /** What is counted, shown with the figures and the rate (`rows`). */
  unit?: string;
  /** Masks secrets in the note, as every printed text must be. */
  redact?: (text: string) => string;
  /** The clock in milliseconds (tests set it). */
  now?: () => number;
}

const WIDTH = 24;
const REDRAW_MS = 80;
const LINE_MS = 2000;

/**
 * Creates a progress display on stderr. On a terminal: one line redrawn at most every 80 ms,
 * `label [#####-----] done/total unit  rate unit/s  ~time left  note` (a bare count while the
 * total is unknown). With `lines`, off a terminal: a plain line every 2 s and one at the end,
 * never a carriage return.
 *
 * @throws never
 * @example
 * const bar = createProgress({ stream: process.stderr, label: 'export', enabled: true, unit: 'rows' });
 * bar.update(10, 100); bar.finish();
 */
export function createProgress(options: ProgressOptions): Progress {
  const plain = !options.enabled && options.lines === true;
  if (!options.enabled && !plain) return { update() {}, finish() {} };
  const now = options.now ?? Date.now;
  const redact = options.redact ?? ((text: string) => text);
  let last = Number.NEGATIVE_INFINITY;
  let started: number | undefined;
  let drawn = false;
  let pending: string | undefined;
  const describe = (done: number, total: number | null | undefined, note?: string): string => {
    const at = now();
    started ??= at;
    const seconds = (at - started) / 1000;
    const rate = seconds >= 0.5 ? done / seconds : undefined;
    const figures = { done, total: total ?? undefined, rate, note, unit: options.unit };
    return redact(plain ? formatPlain(options.label, figures) : formatBar(options.label, figures));
  };
  return {
    update(done, total, note) {
      const at = now();
      const text = describe(done, total, note);
      if (at - last < (plain ? LINE_MS : REDRAW_MS)) {
        pending = text;
        return;
      }
      last = at;
      pending = undefined;
      drawn = true;
      options.stream.write(plain ? `${text}\n` : `\r\u001b[2K${text}`);
    },
    finish() {
      if (plain && pending !== undefined) options.stream.write(`${pending}\n`);
      else if (!plain && drawn) options.stream.write('\r\u001b[2K');
      pending = undefined;
      drawn = false;
    },
  };
}

interface Figures {
  done: number;
  total: number | undefined;
  /** Units per second; unknown in the first half second. */
  rate: number | undefined;
  note: string | undefined;
  unit: string | undefined;
}

function formatBar(label: string, f: Figures): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  const parts = [label];
  if (f.total !== undefined && f.total > 0) {
    const filled = Math.round(Math.min(1, f.done / f.total) * WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`);
    parts.push(`${count(f.done)}/${count(f.total)}${unit}`);
  } else parts.push(`${count(f.done)}${unit}`);
  if (f.rate !== undefined) parts.push(` ${count(Math.round(f.rate))}${unit}/s`);
  const left = timeLeft(f);
  if (left !== undefined) parts.push(` ~${left} left`);
  if (f.note) parts.push(` ${f.note}`);
  return parts.join(' ');
}

function formatPlain(label: string, f: Figures): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  let text = `${label}: ${count(f.done)}`;
  if (f.total !== undefined && f.total > 0) {
    const percent = Math.min(100, Math.floor((f.done / f.total) * 100));
    text += ` of ${count(f.total)}${unit} (${percent}%)`;
  } else text += unit;
  if (f.rate !== undefined) text += `, ${count(Math.round(f.rate))}${unit}/s`;
  const left = timeLeft(f);
  if (left !== undefined) text += `, about ${left} left`;
  return f.note ? `${text}: ${f.note}` : text;
}

/** `1m05s`, `42s`: what is left at the current rate, when both are known. */
function timeLeft(f: Figures): string | undefined {
  if (f.total === undefined || f.rate === undefined || f.rate <= 0 || f.done >= f.total) {
    return undefined;
  }
  const seconds = Math.ceil((f.total - f.done) / f.rate);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

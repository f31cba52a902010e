import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/output/createProgress.ts';
import { runCli } from '../../src/runCli.ts';

/** A stderr that says it is (or is not) a terminal and keeps what was written. */
function stream(isTTY: boolean) {
  let text = '';
  return { isTTY, write: (chunk: string) => (text += chunk), text: () => text };
}

/** A clock the test moves by hand. */
function clock() {
  let ms = 1_000_000;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('createProgress', () => {
  it('on a terminal: a bar redrawn in place with done/total, the rate and the time left', () => {
    const out = stream(true);
    const time = clock();
    const bar = createProgress({
      stream: out,
      label: 'export',
      enabled: true,
      unit: 'rows',
      now: time.now,
    });
    bar.update(0, 4000, 'S1 (records)');
    time.advance(2000);
    bar.update(1000, 4000, 'S1 (records)');
    const frames = out.text().split('\r\u001b[2K').filter(Boolean);
    expect(frames).toEqual([
      'export [------------------------] 0/4,000 rows  S1 (records)',
      // 1,000 rows in 2 s: 500 rows/s, 3,000 left: 6 s.
      'export [######------------------] 1,000/4,000 rows  500 rows/s  ~6s left  S1 (records)',
    ]);
    // Within 80 ms: not redrawn.
    time.advance(10);
    bar.update(1001, 4000);
    expect(out.text().split('\r\u001b[2K').filter(Boolean)).toHaveLength(2);
    bar.finish();
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
    expect(out.text()).not.toContain('\n');
  });

  it('without a total: the count and rate; minutes for a long time left', () => {
    const out = stream(true);
    const time = clock();
    const bar = createProgress({ stream: out, label: 'x', enabled: true, now: time.now });
    bar.update(10);
    time.advance(1000);
    bar.update(20, null);
    expect(out.text()).toContain('x 20  20/s');
    time.advance(1000);
    bar.update(40, 10_000);
    // 40 in 2 s: 20/s; 9,960 left: 498 s.
    expect(out.text()).toContain('40/10,000  20/s  ~8m18s left');
  });

  it('off a terminal with lines: plain lines every 2 s and the last figures at the end, no CR', () => {
    const out = stream(false);
    const time = clock();
    const bar = createProgress({
      stream: out,
      label: 'export',
      enabled: false,
      lines: true,
      unit: 'rows',
      now: time.now,
    });
    bar.update(0, 300, 'S1 (AE)');
    time.advance(1000);
    bar.update(100, 300, 'S1 (AE)'); // within 2 s: held back
    time.advance(1000);
    bar.update(150, 300, 'S1 (AE)');
    time.advance(500);
    bar.update(200, 300, 'S1 (DM)'); // held back, printed by finish
    bar.finish();
    expect(out.text()).toBe(
      [
        'export: 0 of 300 rows (0%): S1 (AE)',
        'export: 150 of 300 rows (50%), 75 rows/s, about 2s left: S1 (AE)',
        'export: 200 of 300 rows (66%), 80 rows/s, about 2s left: S1 (DM)',
        '',
      ].join('\n'),
    );
    expect(out.text()).not.toContain('\r');
  });

  it('prints nothing when off (not a terminal without lines, or --quiet)', () => {
    const out = stream(false);
    const bar = createProgress({ stream: out, label: 'export', enabled: false });
    bar.update(5, 10);
    bar.finish();
    expect(out.text()).toBe('');
  });
});

describe('imednet export progress (in-process sandbox)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imednet-cli-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function exportWith(stderrIsTTY: boolean, extra: string[] = []) {
    const err = stream(stderrIsTTY);
    let out = '';
    const file = join(dir, `study-${stderrIsTTY}-${extra.length}.csv`);
    const code = await runCli(
      ['--sandbox', 'export', 'PHARMADEMO', '--out', file, '--json', ...extra],
      {
        stdout: { write: (chunk: string) => (out += chunk) },
        stderr: err,
        env: {},
        cwd: dir,
      },
    );
    const [summary] = JSON.parse(out) as { rows: number }[];
    const records = await runCliJson(['--sandbox', 'records', 'list', 'PHARMADEMO', '--json']);
    return { code, err: err.text(), rows: summary!.rows, records: records.length, file };
  }

  async function runCliJson(args: string[]): Promise<unknown[]> {
    let out = '';
    await runCli(args, {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: () => true },
      env: {},
      cwd: dir,
    });
    return JSON.parse(out) as unknown[];
  }

  it('on a terminal: the bar shows rows done of the total the API gives, then is cleared', async () => {
    const { code, err, rows, records, file } = await exportWith(true);
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    expect(err).toContain('\r\u001b[2Kexport [');
    expect(err).toContain(
      `${rows.toLocaleString('en-US')}/${records.toLocaleString('en-US')} rows`,
    );
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
    expect(err).not.toContain('\n');
  });

  it('not a terminal: plain lines with the same figures; --quiet: nothing', async () => {
    const { code, err, rows, records } = await exportWith(false);
    expect(code).toBe(0);
    expect(err).not.toContain('\r');
    const lines = err.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^export: ${rows.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} rows \\(\\d+%\\).*: PHARMADEMO \\(records\\)$`,
      ),
    );
    const quiet = await exportWith(false, ['--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
  });
});

// An abort in the middle of a stream: no further request, no further backoff awaited, and
// the process exits on its own with no timer left behind. Run in a child process on the
// built packages, so that a leaked timer shows as a process that does not exit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const child = fileURLToPath(new URL('./fixtures/abortChild.mjs', import.meta.url));
// The child's retry delay and timeout are a minute: exiting well before that proves no
// backoff or timeout timer survived the abort.
const EXIT_DEADLINE = 20_000;

interface Outcome {
  ok: boolean;
  name?: string;
  code?: string | null;
}
interface Report {
  inFlight: {
    outcome: Outcome;
    items: number;
    itemsAtAbort: number;
    requestsStartedAfterAbort: number;
    serverRequestsAtAbort: number;
    stopMs: number;
    requestsAtStop: number;
    requestsAfter: number;
  };
  inBackoff: {
    outcome: Outcome;
    retries: number;
    stopMs: number;
    requestsAtStop: number;
    requestsAfter: number;
  };
  active: string[];
}

function runChild(): Promise<{
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
  killed: boolean;
}> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    proc.stdout.on('data', (d) => {
      out += d;
    });
    proc.stderr.on('data', (d) => {
      err += d;
    });
    const guard = setTimeout(() => {
      killed = true;
      proc.kill('SIGKILL');
    }, EXIT_DEADLINE);
    proc.once('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, out, err, killed });
    });
  });
}

/** Runs the child; again when it failed while loading a sibling's dist being rebuilt. */
async function runChildLoaded(): ReturnType<typeof runChild> {
  for (let attempt = 1; ; attempt++) {
    const run = await runChild();
    if (!/Cannot find module '[^']*\/dist\//.test(run.err) || attempt >= 4) return run;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

it('stops a stream on abort with no further request, no backoff awaited, and no timer left', async () => {
  const run = await runChildLoaded();
  expect(run.killed, `the child did not exit on its own\n${run.err}`).toBe(false);
  expect(run.code, run.err).toBe(0);
  const report = JSON.parse(run.out.trim().split('\n').at(-1) ?? '{}') as Report;

  // In flight: the stream rejects with the abort, part way through; not one item is yielded
  // and not one request started after the abort, and the server sees nothing more.
  const inFlight = report.inFlight;
  expect(inFlight.outcome).toEqual({ ok: false, name: 'AbortError', code: null });
  expect(inFlight.itemsAtAbort).toBeGreaterThanOrEqual(150);
  expect(inFlight.items).toBe(inFlight.itemsAtAbort);
  expect(inFlight.items % 50).toBe(0);
  expect(inFlight.requestsStartedAfterAbort).toBe(0);
  expect(inFlight.requestsAtStop).toBe(inFlight.serverRequestsAtAbort);
  expect(inFlight.requestsAfter).toBe(inFlight.requestsAtStop);
  // The page in flight was the one after the last yielded: it was cut, not awaited.
  expect(inFlight.requestsAtStop).toBe(inFlight.items / 50 + 1);

  // In backoff: one request, one retry scheduled, then the abort ends the sleep at once
  // (the delay was up to a minute) and nothing more is sent.
  expect(report.inBackoff.outcome.ok).toBe(false);
  expect(report.inBackoff.outcome.name).toBe('AbortError');
  expect(report.inBackoff.retries).toBe(1);
  expect(report.inBackoff.requestsAtStop).toBe(1);
  expect(report.inBackoff.requestsAfter).toBe(1);
  expect(report.inBackoff.stopMs).toBeLessThan(10_000);

  expect(report.active).not.toContain('Timeout');
  expect(report.active).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.ts';
import { EXIT_INTERRUPTED, runCli } from '../../src/runCli.ts';

function io(signal?: AbortSignal): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    env: {},
    cwd: '/nonexistent-folder-without-dotenv',
    ...(signal === undefined ? {} : { signal }),
    out: () => out,
    err: () => err,
  };
}

describe('runCli in-process', () => {
  it('lists the studies of an in-process sandbox as JSON', async () => {
    const streams = io();
    const code = await runCli(['--sandbox', 'studies', 'list', '--json'], streams);
    expect(code).toBe(0);
    const studies = JSON.parse(streams.out()) as { studyKey: string }[];
    expect(studies.length).toBeGreaterThan(0);
    expect(streams.err()).toBe('');
  });

  it('answers 130 when the signal is already aborted, and prints no data', async () => {
    const streams = io(AbortSignal.abort(new DOMException('Interrupted', 'AbortError')));
    const code = await runCli(['--sandbox', 'records', 'list', 'PHARMADEMO', '--ndjson'], streams);
    expect(code).toBe(EXIT_INTERRUPTED);
    expect(streams.out()).toBe('');
    expect(streams.err()).toMatch(/imednet: aborted/);
  });

  it('answers 2 with the usage line for a usage error, and 0 with help on stdout', async () => {
    const bad = io();
    expect(await runCli(['jobs', 'status', 'S1'], bad)).toBe(2);
    expect(bad.err()).toContain('Usage: imednet jobs status <studyKey> <batchId> [options]');
    const help = io();
    expect(await runCli(['help', 'export'], help)).toBe(0);
    expect(help.out()).toContain('--all-studies');
  });

  it('masks the keys of its environment in everything it prints', async () => {
    const streams = io();
    const secret = 'SECRET-KEY-XYZ-INPROCESS';
    const code = await runCli(['--sandbox', 'sites', 'list', secret, '--debug'], {
      ...streams,
      env: { IMEDNET_API_KEY: secret, IMEDNET_SECURITY_KEY: 'SECRET-KEY-XYZ-OTHER' },
    });
    expect(code).toBe(1);
    expect(streams.err()).toContain('********');
    expect(streams.out() + streams.err()).not.toContain('SECRET-KEY-XYZ');
  });
});

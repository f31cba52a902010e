import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cliProcess.ts';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe.concurrent('imednet: help, version and usage errors (exit 2)', () => {
  it('--version prints the package version on stdout', async () => {
    const result = await runCliProcess(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command on stdout', async () => {
    const result = await runCliProcess(['--help']);
    expect(result.code).toBe(0);
    for (const command of [
      'studies list',
      'sites list <studyKey>',
      'record-revisions list <studyKey>',
      'codings list <studyKey>',
      'records create <studyKey>',
      'jobs status <studyKey> <batchId>',
      'jobs wait <studyKey> <batchId>',
      'export [studyKey]',
      'pipeline run <module>',
      'dashboard',
      'sandbox',
      'demo',
    ]) {
      expect(result.stdout).toContain(command);
    }
    expect(result.stderr).toBe('');
  });

  it('a command --help shows its own options and the global ones', async () => {
    const result = await runCliProcess(['records', 'list', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: imednet records list <studyKey> [options]');
    expect(result.stdout).toMatch(/--record-filter <expr>/);
    expect(result.stdout).toMatch(/--limit <n>/);
    expect(result.stdout).toMatch(/--base-url <url>/);
  });

  it('no command: help on stderr, exit 2', async () => {
    const result = await runCliProcess([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Commands:');
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['sites', 'list'], /missing argument <studyKey>/],
    [['jobs', 'wait', 'S1'], /missing argument <batchId>/],
    [['studies', 'list', '--json', '--csv'], /one output format/],
    [['studies', 'list', '--bogus'], /--bogus/],
    [['subjects', 'list', 'S1', '--filter', 'siteId=5'], /not a condition/],
    [['subjects', 'list', 'S1', '--limit', '0'], /--limit must be a positive integer/],
    [['export', 'S1'], /--out <path> is required/],
    [['export', 'S1', '--out', 'x.txt'], /--format is required/],
    [['export', 'S1', '--out', 'x', '--format', 'xls'], /--format must be one of/],
    [['export', '--out', 'x.csv'], /give a study key, or --all-studies/],
    [['records', 'create', 'S1'], /--file <path> is required/],
    [
      ['records', 'create', 'S1', '--file', 'r.json', '--email-notify', 'maybe'],
      /--email-notify must be/,
    ],
    [['jobs', 'wait', 'S1', 'B1', '--timeout', 'soon'], /--timeout must be a duration/],
  ])('%j is a usage error', async (args, message) => {
    const result = await runCliProcess(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^imednet: error: /);
    expect(result.stderr).toMatch(/--help' for help/);
  });

  it('no keys and no --sandbox: one line saying what to set, exit 1', async () => {
    const result = await runCliProcess(['studies', 'list'], { cwd: '/' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/IMEDNET_API_KEY/);
  });
});

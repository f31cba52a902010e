// Issue 19: the CLI as a new user meets it. Every check runs the built `imednet`.
import { describe, expect, it } from 'vitest';
import { type CliResult, startCliProcess, waitUntil } from '../helpers/cliProcess.ts';
import { useSandboxCli } from '../helpers/sandboxCli.ts';

const LIST_WORDS = [
  'studies',
  'sites',
  'subjects',
  'forms',
  'intervals',
  'variables',
  'visits',
  'records',
  'record-revisions',
  'queries',
  'users',
  'codings',
];

const { cli, json, served } = useSandboxCli(11);

function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^imednet: error: /);
  expect(result.stderr).toMatch(message);
}

describe.concurrent('bad usage exits 2 and names only flags that exist', () => {
  it.each([
    [['export', '--all-studies', '--include', 'A', '--exclude', 'B', '--out', 'x.csv']],
    [['pipeline', 'run', 'p.mjs', '--exclude', 'B', '--include', 'A']],
  ])('%j: --include with --exclude', async (args) => {
    expectUsageError(await cli(args), /--(include|exclude) and --(include|exclude) cannot be used/);
  });

  it.each([
    'not-a-url',
    'ftp://example.com',
    'https://user:pw@example.com',
    'https://example.com/?x=1',
  ])('--base-url %s', async (url) => {
    expectUsageError(await cli(['studies', 'list', '--base-url', url]), /--base-url/);
  });

  it('an http:// --base-url off loopback points at --allow-insecure, a flag help lists', async () => {
    const result = await cli(['sites', 'list', 'S1', '--base-url', 'http://example.com']);
    expectUsageError(result, /--allow-insecure/);
    expect(result.stderr).not.toMatch(/allowInsecure/);
    const help = await cli(['sites', 'list', '--help']);
    expect(help.stdout).toMatch(/--allow-insecure/);
    // The flag exists: with it the same URL passes the checks (and the command then reaches
    // the loopback sandbox through IMEDNET_BASE_URL when no --base-url is given).
    const ok = await cli(['studies', 'list', '--allow-insecure', '--json']);
    expect(ok.code).toBe(0);
  }, 240_000);

  it.each([
    [['sites', 'lst', 'S1'], "'sites list'"],
    [['exprot', 'S1'], "'export'"],
    [['recrods', 'list', 'S1'], "'records list'"],
    [['site', 'list', 'S1'], "'sites list'"],
    [['studies', 'list', '--fitler', 'a==1'], "'--filter'"],
    [['records', 'list', 'S1', '--record-filtr', 'a==1'], "'--record-filter'"],
  ])('%j suggests %s', async (args, suggestion) => {
    const result = await cli(args);
    expectUsageError(result, /did you mean/);
    expect(result.stderr).toContain(suggestion);
  });

  it('nothing close: no suggestion', async () => {
    const result = await cli(['zzzzzz']);
    expectUsageError(result, /unknown command 'zzzzzz'/);
    expect(result.stderr).not.toMatch(/did you mean/);
  });

  it('users list has no --filter (the API has none for users)', async () => {
    expectUsageError(await cli(['users', 'list', 'S1', '--filter', 'login==x']), /--filter/);
    const help = await cli(['users', 'list', '--help']);
    expect(help.stdout).not.toMatch(/--filter/);
  });
});

describe.concurrent('list commands', () => {
  it('several --filter flags are ANDed, also when one holds an OR', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const sites = await json(['sites', 'list', studyKey]);
    const [a, b] = sites.map((site) => site.siteId as number);
    const all = await json(['subjects', 'list', studyKey]);
    const inB = all.filter((subject) => subject.siteId === b);
    expect(inB.length).toBeGreaterThan(0);
    expect(all.some((subject) => subject.siteId === a)).toBe(true);
    // (a OR b) AND b is b: joined with ';' it read a OR (b AND b), which also gave site a.
    const both = await json([
      'subjects',
      'list',
      studyKey,
      '--filter',
      `siteId==${a},siteId==${b}`,
      '--filter',
      `siteId==${b}`,
    ]);
    expect(both.map((subject) => subject.subjectKey).sort()).toEqual(
      inB.map((subject) => subject.subjectKey).sort(),
    );
  }, 240_000);

  it('help lists the 12 list commands', async () => {
    const help = await cli(['--help']);
    const lists = [...help.stdout.matchAll(/^ {2}([a-z-]+) list\b/gm)].map((m) => m[1]!);
    expect(lists.sort()).toEqual([...LIST_WORDS].sort());
  });

  it.each(LIST_WORDS)(
    'every help example of %s list runs against the sandbox',
    async (word) => {
      const text = (await cli([word, 'list', '--help'])).stdout;
      const examples = text
        .split('Examples:\n')[1]!
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('imednet '));
      expect(examples.length).toBeGreaterThan(0);
      const studyKey = served().sandbox.studyKeys[0]!;
      const results = await Promise.all(
        examples.map(async (example) => {
          const args = example
            .replace(/^imednet /, '')
            .replace('MY-STUDY', studyKey)
            .split(' ');
          const result = await cli(args);
          return { example, code: result.code, stderr: result.code === 0 ? '' : result.stderr };
        }),
      );
      for (const result of results) expect(result).toEqual({ ...result, code: 0, stderr: '' });
    },
    240_000,
  );

  it('counts read "1 study", "2 studies"', async () => {
    const one = await cli(['studies', 'list', '--limit', '1']);
    expect(one.stderr.trim()).toBe('1 study');
    const two = await cli(['studies', 'list', '--limit', '2']);
    expect(two.stderr.trim()).toBe('2 studies');
    const query = await cli(['queries', 'list', served().sandbox.studyKeys[0]!, '--limit', '1']);
    expect(query.stderr.trim()).toBe('1 query');
  }, 240_000);
});

describe('imednet sandbox --studies 1', () => {
  it('says "Sandbox serving 1 study"', async () => {
    const server = startCliProcess(['sandbox', '--studies', '1', '--records', '20']);
    let stderr = '';
    server.child.stderr!.on('data', (chunk: Buffer | string) => {
      stderr += String(chunk);
    });
    try {
      await waitUntil(() => stderr.includes('Ctrl-C'));
    } finally {
      server.child.kill('SIGINT');
    }
    const result = await server.done;
    expect(result.stderr).toMatch(/Sandbox serving 1 study \(/);
    expect(result.stderr).toMatch(/Sandbox stopped after 0 requests/);
  });
});

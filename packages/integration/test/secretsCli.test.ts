// Every CLI command, run in-process with marked keys in its environment: against a server
// that echoes the keys in its error bodies and headers, and against a sandbox that accepts
// them. No key reaches stdout, stderr or a file the command wrote.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@imednet/cli';
import { createClient } from '@imednet/core';
import { discoverFormKey, discoverSubjectKey } from '@imednet/resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EchoServer, startEchoServer } from './helpers/echoServer.ts';
import { API_KEY, leaksIn, SECURITY_KEY } from './helpers/secrets.ts';
import { type RunningSandbox, startSandbox } from './helpers/servers.ts';

let echo: EchoServer;
let sandbox: RunningSandbox;
let dir: string;
let studyKey: string;

const LISTS = [
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

interface Run {
  code: number;
  text: string;
  files: string;
}

function filesUnder(folder: string): string {
  const out: string[] = [];
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const path = join(folder, name);
    if (statSync(path).isFile()) out.push(`${name}\n${readFileSync(path, 'latin1')}`);
  }
  return out.join('\n');
}

/** Runs the CLI in its own working folder, with the marked keys in the environment. */
async function cli(
  args: string[],
  baseUrl: string,
  options: { abortAfter?: RegExp } = {},
): Promise<Run> {
  const cwd = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(cwd, 'records.json'), records);
  writeFileSync(join(cwd, 'pipeline.mjs'), PIPELINE);
  let text = '';
  const controller = new AbortController();
  const stream = {
    write(chunk: string) {
      text += chunk;
      if (options.abortAfter?.test(text)) controller.abort();
      return true;
    },
  };
  const code = await runCli(args, {
    stdout: stream,
    stderr: stream,
    env: {
      IMEDNET_API_KEY: API_KEY,
      IMEDNET_SECURITY_KEY: SECURITY_KEY,
      IMEDNET_BASE_URL: baseUrl,
      NO_COLOR: '1',
    },
    cwd,
    signal: controller.signal,
  });
  return { code, text, files: filesUnder(cwd) };
}

// A pipeline that tries hard to print the client and fails on one study.
const PIPELINE = `export default async (studyKey, client, { logger }) => {
  logger.info('client ' + String(client), { client });
  if (studyKey === 'S500') throw new Error('failed with ' + JSON.stringify(client));
  return { studyKey, client: String(client) };
};
`;
let records = '[]';

function commands(study: string): string[][] {
  return [
    ['studies', 'list'],
    ...LISTS.map((name) => [name, 'list', study]),
    ['records', 'create', study, '--file', 'records.json'],
    ['records', 'create', study, '--file', 'records.json', '--skip-validation'],
    ['jobs', 'status', study, 'B1'],
    ['jobs', 'wait', study, 'B1', '--interval', '10ms', '--timeout', '2s'],
    ['export', study, '--out', 'out.csv'],
    ['export', study, '--out', 'out.ndjson'],
    ['pipeline', 'run', 'pipeline.mjs'],
  ];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-keys-'));
  mkdirSync(dir, { recursive: true });
  echo = await startEchoServer();
  sandbox = await startSandbox({
    studyCount: 1,
    recordsPerStudy: 40,
    jobDurationMs: 20,
    credentials: { apiKey: API_KEY, securityKey: SECURITY_KEY },
  });
  studyKey = sandbox.sandbox.studyKeys[0] as string;
  const client = createClient({ apiKey: API_KEY, securityKey: SECURITY_KEY, baseUrl: sandbox.url });
  const formKey = await discoverFormKey(client, studyKey);
  const subjectKey = await discoverSubjectKey(client, studyKey);
  records = JSON.stringify([{ formKey, subjectKey, data: {} }]);
});

afterAll(async () => {
  await echo?.close();
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('against a server echoing the keys', () => {
  for (const study of ['S401', 'S500', 'SJOB']) {
    it.each(commands(study).map((c) => [c.join(' '), c]))(
      `%s (${study}) --debug: no key`,
      async (_name, args) => {
        const run = await cli([...(args as string[]), '--debug'], echo.url);
        expect(run.text.length).toBeGreaterThan(0);
        expect(leaksIn(run.text)).toEqual([]);
        expect(leaksIn(run.files)).toEqual([]);
      },
    );
  }
});

describe('against a sandbox accepting the keys', () => {
  it.each(commands('STUDY').map((c) => [c.join(' '), c]))(
    '%s --verbose --json: no key',
    async (_name, args) => {
      const filled = (args as string[]).map((a) => (a === 'STUDY' ? studyKey : a));
      const run = await cli([...filled, '--verbose', '--json'], sandbox.url);
      expect(run.text.length).toBeGreaterThan(0);
      expect(leaksIn(run.text)).toEqual([]);
      expect(leaksIn(run.files)).toEqual([]);
    },
  );

  it('the list commands succeed (the keys were used, not merely absent)', async () => {
    const run = await cli(['sites', 'list', studyKey, '--json'], sandbox.url);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.text.slice(run.text.indexOf('['))).length).toBeGreaterThan(0);
  });
});

describe('commands that bring their own server', () => {
  it('sandbox: no key of the environment in what it prints', async () => {
    const run = await cli(['sandbox', '--records', '20', '--studies', '1'], echo.url, {
      abortAfter: /IMEDNET_SECURITY_KEY/,
    });
    expect(run.text).toContain('IMEDNET_API_KEY');
    expect(leaksIn(run.text)).toEqual([]);
  });

  it('demo: no key of the environment in its output or files', async () => {
    const run = await cli(['demo'], echo.url);
    expect(run.code).toBe(0);
    expect(leaksIn(run.text)).toEqual([]);
    expect(leaksIn(run.files)).toEqual([]);
  });
});

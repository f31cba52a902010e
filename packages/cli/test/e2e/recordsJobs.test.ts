import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCliProcess } from '../helpers/cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from '../helpers/sandboxServer.ts';

let served: ServedSandbox;
let dir: string;
let studyKey: string;
let siteName: string;
beforeAll(async () => {
  served = await startSandbox({ seed: 5 });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-records-'));
  studyKey = served.sandbox.studyKeys[0]!;
  const sites = await runCliProcess(['sites', 'list', studyKey, '--json'], { env: served.env });
  const open = (
    JSON.parse(sites.stdout) as { siteName: string; siteEnrollmentStatus: string }[]
  ).find((site) => !/closed/i.test(site.siteEnrollmentStatus));
  siteName = open!.siteName;
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<CliResult> {
  const result = await runCliProcess(args, { env: served.env, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  return result;
}

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('records create and jobs', () => {
  it('creates records from JSON, then jobs status and jobs wait follow the batch', async () => {
    const path = file(
      'reg.json',
      JSON.stringify([{ formKey: 'REG', siteName, data: { SUBJINIT: 'ABC' } }]),
    );
    const created = await cli(['records', 'create', studyKey, '--file', path, '--json']);
    expect(created.code).toBe(0);
    const [batch] = JSON.parse(created.stdout) as Record<string, unknown>[];
    expect(batch).toMatchObject({
      batch: 0,
      records: 1,
      outcome: 'SUBMITTED',
      batchId: expect.any(String),
    });
    const batchId = batch!.batchId as string;

    const status = await cli(['jobs', 'status', studyKey, batchId, '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ batchId, state: expect.any(String) });

    const waited = await cli(['jobs', 'wait', studyKey, batchId, '--interval', '50ms', '--json']);
    expect(waited.code).toBe(0);
    expect(JSON.parse(waited.stdout)).toMatchObject({
      batchId,
      state: expect.stringMatching(/^(completed|success|)$/i),
    });
  });

  it('creates records from CSV with --wait and reports each batch as it ended', async () => {
    const path = file(
      'reg.csv',
      `formKey,siteName,SUBJINIT\nREG,"${siteName}",XY\nREG,"${siteName}",ZW\n`,
    );
    const result = await cli([
      'records',
      'create',
      studyKey,
      '--file',
      path,
      '--wait',
      '--batch-size',
      '1',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const batches = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(batches).toHaveLength(2);
    for (const batch of batches) expect(batch).toMatchObject({ records: 1, outcome: 'SUCCESS' });
  });

  it('refuses records that do not fit the study and sends nothing (exit 1)', async () => {
    const sent = served.sandbox.receivedBatches().length;
    const path = file(
      'bad.json',
      JSON.stringify([{ formKey: 'REG', siteName, data: { NOT_A_VARIABLE: 1 } }]),
    );
    const result = await cli(['records', 'create', studyKey, '--file', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('NOT_A_VARIABLE');
    expect(result.stderr).toMatch(/nothing was sent/);
    expect(served.sandbox.receivedBatches()).toHaveLength(sent);
  });

  it('--skip-validation sends as is; --wait reports a job that failed, exit 1', async () => {
    const path = file(
      'skip.json',
      JSON.stringify([{ formKey: 'REG', siteName, data: { NOT_A_VARIABLE: 1 } }]),
    );
    const result = await cli([
      'records',
      'create',
      studyKey,
      '--file',
      path,
      '--skip-validation',
      '--wait',
      '--json',
    ]);
    expect(result.code).toBe(1);
    const [batch] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(batch).toMatchObject({ outcome: 'FAILED', state: expect.stringMatching(/^failed$/i) });
    expect(result.stderr).toMatch(/1 of 1 batch did not succeed/);
  });

  it("a failed job's reasons are shown in full: the table cell, the stderr lines and jobs wait's message", async () => {
    const names = [
      'NOT_A_VARIABLE_ONE',
      'NOT_A_VARIABLE_TWO',
      'NOT_A_VARIABLE_THREE',
      'NOT_A_VARIABLE_FOUR',
      'NOT_A_VARIABLE_FIVE',
    ];
    const path = file(
      'many-bad.json',
      JSON.stringify([
        { formKey: 'REG', siteName, data: Object.fromEntries(names.map((name) => [name, 1])) },
      ]),
    );
    const args = ['records', 'create', studyKey, '--file', path, '--skip-validation', '--wait'];
    const table = await cli(args);
    expect(table.code).toBe(1);
    expect(table.stderr).toMatch(/1 of 1 batch did not succeed/);
    for (const name of names) {
      // Each reason whole, on the table's one row and in the error lines.
      expect(table.stdout).toMatch(new RegExp(`variable ${name} is not on form REG`));
      expect(table.stderr).toMatch(new RegExp(`batch 0: .*variable ${name} is not on form REG`));
    }
    expect(table.stdout).not.toContain('…');
    expect(table.stderr).not.toMatch(/more\)/);
    const json = await cli([...args, '--json']);
    const [batch] = JSON.parse(json.stdout) as { batchId: string }[];
    const wait = await cli(['jobs', 'wait', studyKey, batch!.batchId]);
    expect(wait.code).toBe(1);
    const line = wait.stderr.trim().split('\n').at(-1)!;
    expect(line).toMatch(/^imednet: error: JOB_FAILED: Job .* ended in state "failed": /);
    for (const name of names) {
      expect(line).toContain(`variable ${name} is not on form REG`);
      expect(wait.stdout).toContain(`variable ${name} is not on form REG`);
    }
  }, 120_000);

  it('a missing or malformed file is a runtime error (exit 1)', async () => {
    const missing = await cli(['records', 'create', studyKey, '--file', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
    const broken = await cli([
      'records',
      'create',
      studyKey,
      '--file',
      file('broken.csv', 'formKey,A\nX\n'),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/line 2/);
  });

  it('jobs status of an unknown batch: one line, exit 1; --debug adds the stack', async () => {
    const plain = await cli(['jobs', 'status', studyKey, 'no-such-batch']);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toMatch(/^imednet: error: NOT_FOUND: .*HTTP 404/);
    const debug = await cli(['jobs', 'status', studyKey, 'no-such-batch', '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(
      /> GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/edc\/studies\/.+\/jobs\/no-such-batch/,
    );
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliResult,
  runCliProcess,
  startCliProcess,
  waitUntil,
} from '../helpers/cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from '../helpers/sandboxServer.ts';

let served: ServedSandbox;
let dir: string;
beforeAll(async () => {
  served = await startSandbox({ seed: 8, recordsPerStudy: 40 });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-pipeline-'));
  writeFileSync(
    join(dir, 'ok.mjs'),
    'export default async (studyKey, client, { signal }) => ({ studyKey, length: studyKey.length, aborted: signal.aborted });\n',
  );
  writeFileSync(
    join(dir, 'fails.mjs'),
    "export default async (studyKey) => { if (studyKey === process.env.FAIL_STUDY) throw new Error('no luck with ' + studyKey); return 1; };\n",
  );
  writeFileSync(join(dir, 'nodefault.mjs'), 'export const pipeline = () => 1;\n');
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const result = await runCliProcess(args, { env: { ...served.env, ...env }, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  return result;
}

describe.concurrent('imednet pipeline run', () => {
  it("runs the module's default export once per study, in the API's order", async () => {
    const result = await cli(['pipeline', 'run', 'ok.mjs', '--concurrency', '2', '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => row.studyKey)).toEqual(served.sandbox.studyKeys);
    for (const row of rows) {
      expect(row).toMatchObject({
        outcome: 'SUCCESS',
        error: null,
        durationSeconds: expect.any(Number),
        data: { studyKey: row.studyKey, length: String(row.studyKey).length, aborted: false },
      });
    }
  });

  it('--include and --exclude choose the studies', async () => {
    const [first, second, third] = served.sandbox.studyKeys;
    const included = await cli([
      'pipeline',
      'run',
      'ok.mjs',
      '--include',
      `${first},${third}`,
      '--json',
    ]);
    expect(
      (JSON.parse(included.stdout) as { studyKey: string }[]).map((row) => row.studyKey),
    ).toEqual([first, third]);
    const excluded = await cli(['pipeline', 'run', 'ok.mjs', '--exclude', second!, '--ndjson']);
    const keys = excluded.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { studyKey: string }).studyKey);
    expect(keys).toEqual([first, third]);
  });

  it('a study that throws is FAILED in the output, the others still run, exit 1', async () => {
    const failing = served.sandbox.studyKeys[1]!;
    const result = await cli(['pipeline', 'run', 'fails.mjs', '--json'], { FAIL_STUDY: failing });
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout) as {
      studyKey: string;
      outcome: string;
      error: string | null;
    }[];
    expect(rows.find((row) => row.studyKey === failing)).toMatchObject({
      outcome: 'FAILED',
      error: expect.stringContaining(`no luck with ${failing}`),
    });
    expect(rows.filter((row) => row.outcome === 'SUCCESS')).toHaveLength(rows.length - 1);
    expect(result.stderr).toMatch(/1 of 3 studies did not succeed/);
  });

  it('a module without a default function, or a missing one, is a runtime error', async () => {
    const nodefault = await cli(['pipeline', 'run', 'nodefault.mjs']);
    expect(nodefault.code).toBe(1);
    expect(nodefault.stderr).toMatch(/must export a pipeline function as default/);
    const missing = await cli(['pipeline', 'run', 'missing.mjs']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot import missing\.mjs/);
    const zero = await cli(['pipeline', 'run', 'ok.mjs', '--concurrency', '0']);
    expect(zero.code).toBe(2);
  });
});

describe('imednet sandbox', () => {
  it('serves on 127.0.0.1, prints its URL and keys, answers other commands, stops on Ctrl-C with exit 0', async () => {
    const server = startCliProcess(['sandbox', '--json', '--studies', '2', '--records', '30'], {
      cwd: dir,
    });
    try {
      await waitUntil(() => server.stdout().includes('\n'));
      const info = JSON.parse(server.stdout().split('\n')[0]!) as Record<string, string | string[]>;
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/edc$/);
      expect(info.studyKeys).toHaveLength(2);
      const env = {
        IMEDNET_BASE_URL: info.url as string,
        IMEDNET_API_KEY: info.apiKey as string,
        IMEDNET_SECURITY_KEY: info.securityKey as string,
      };
      const studies = await runCliProcess(['studies', 'list', '--json'], { env });
      expect(studies.code).toBe(0);
      expect((JSON.parse(studies.stdout) as { studyKey: string }[]).map((s) => s.studyKey)).toEqual(
        info.studyKeys,
      );
      // The keys are the client's own secrets there: masked in what it prints.
      const verbose = await runCliProcess(['studies', 'list', '--debug'], { env });
      expect(verbose.stdout + verbose.stderr).not.toContain(info.apiKey as string);
    } finally {
      server.child.kill('SIGINT');
    }
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Sandbox stopped after \d+ requests/);
  });
});

describe('imednet demo', () => {
  it('tours an in-process sandbox and writes its files under --out (--json summary)', async () => {
    const out = join(dir, 'demo-json');
    const result = await runCliProcess(['demo', '--out', out, '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      studies: string[];
      export: { studyKey: string; csvFiles: string[]; csvRows: number };
      registration: { state: string; subjectKey: string | null; batchId: string };
      pipeline: { outcome: string }[];
      files: { path: string; bytes: number }[];
    };
    expect(summary.studies.length).toBeGreaterThan(0);
    expect(summary.export.csvRows).toBeGreaterThan(0);
    for (const file of summary.export.csvFiles) expect(existsSync(file)).toBe(true);
    expect(summary.registration.state).toMatch(/^(completed|success|)$/i);
    expect(summary.registration.subjectKey).toEqual(expect.any(String));
    expect(summary.pipeline.map((row) => row.outcome)).toEqual(
      summary.studies.map(() => 'SUCCESS'),
    );
    expect(summary.files.length).toBeGreaterThan(0);
    // The tour itself went to stderr.
    expect(result.stderr).toMatch(/1\. Studies/);
  });

  it('by default tells the tour on stdout and writes ./imednet-demo/ in the working directory', async () => {
    const cwd = join(dir, 'plain');
    rmSync(cwd, { recursive: true, force: true });
    mkdirSync(cwd);
    const result = await runCliProcess(['demo'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /1\. Studies[\s\S]*2\. Export[\s\S]*3\. Register a subject[\s\S]*4\. A pipeline/,
    );
    expect(result.stdout).toContain('Files in ./imednet-demo/');
    expect(readdirSync(join(cwd, 'imednet-demo')).length).toBeGreaterThan(0);
  });
});

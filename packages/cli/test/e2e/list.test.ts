import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cliProcess.ts';
import { PER_STUDY_RESOURCES, useSandboxCli } from '../helpers/sandboxCli.ts';
import { startSandbox } from '../helpers/sandboxServer.ts';

const { cli, json, served } = useSandboxCli(3);

describe.concurrent('imednet <resource> list against the sandbox on 127.0.0.1', () => {
  it('studies list --json gives every study', async () => {
    const studies = await json(['studies', 'list']);
    expect(studies.map((study) => study.studyKey)).toEqual(served().sandbox.studyKeys);
    for (const study of studies) {
      expect(study).toMatchObject({ studyKey: expect.any(String), studyName: expect.any(String) });
      expect(Number.isNaN(Date.parse(String(study.dateCreated)))).toBe(false);
    }
  });

  it.each(PER_STUDY_RESOURCES)(
    '%s list --limit 3 --json gives up to 3 items with %s',
    async (resource, idField) => {
      const studyKey = served().sandbox.studyKeys[0]!;
      const items = await json([resource, 'list', studyKey, '--limit', '3']);
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(3);
      for (const item of items) expect(item[idField]).not.toBeUndefined();
      if (resource !== 'users')
        for (const item of items) expect(item.studyKey ?? studyKey).toBe(studyKey);
    },
  );

  it('--filter passes through in the API grammar, several ANDed', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const [first] = await json(['sites', 'list', studyKey, '--limit', '1']);
    const siteId = first!.siteId as number;
    const subjects = await json(['subjects', 'list', studyKey, '--filter', `siteId==${siteId}`]);
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) expect(subject.siteId).toBe(siteId);
    const none = await json([
      'subjects',
      'list',
      studyKey,
      '--filter',
      `siteId==${siteId}`,
      '--filter',
      'siteId==-1',
    ]);
    expect(none).toEqual([]);
  });

  it('--record-filter with =~ matches record data containing the text', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const records = await json(['records', 'list', studyKey, '--record-filter', 'AETERM=~ead']);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(String((record.recordData as Record<string, unknown>).AETERM)).toContain('ead');
    }
  });

  it('--sort orders the items', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const records = await json([
      'records',
      'list',
      studyKey,
      '--sort',
      'recordId,DESC',
      '--limit',
      '5',
    ]);
    const ids = records.map((record) => record.recordId as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('--ndjson writes one JSON object per line, --csv a header then one line per item', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const ndjson = await cli(['sites', 'list', studyKey, '--ndjson']);
    const lines = ndjson.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('siteName');
    const csv = await cli(['sites', 'list', studyKey, '--csv']);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]!.split(',')).toContain('siteName');
    expect(rows).toHaveLength(lines.length + 1);
  });

  it('the default output is a table with the chosen columns; the count goes to stderr', async () => {
    const studyKey = served().sandbox.studyKeys[0]!;
    const result = await cli(['sites', 'list', studyKey]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^siteId\s+siteName\s+siteEnrollmentStatus\s+dateCreated$/,
    );
    expect(result.stderr).toMatch(/^\d+ sites\n$/);
  });

  it('an unknown study is a runtime error: one line, exit 1, no stack', async () => {
    const result = await cli(['sites', 'list', 'NO-SUCH-STUDY']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^imednet: error: (FORBIDDEN|NOT_FOUND)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--limit', () => {
  it('fetches no more pages than it needs', async () => {
    const own = await startSandbox({ seed: 4 });
    try {
      const studyKey = own.sandbox.studyKeys[0]!;
      const before = own.requests();
      const result = await runCliProcess(['records', 'list', studyKey, '--limit', '3', '--json'], {
        env: own.env,
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toHaveLength(3);
      expect(own.requests() - before).toBe(1);
      const all = await runCliProcess(['records', 'list', studyKey, '--json'], { env: own.env });
      expect((JSON.parse(all.stdout) as unknown[]).length).toBeGreaterThan(3);
    } finally {
      await own.close();
    }
  });
});

// Issue 21: `imednet dashboard --sandbox` serves the pages on 127.0.0.1 and prints the URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '@imednet/sandbox';
import { describe, expect, it } from 'vitest';
import { runCliProcess, startCliProcess, waitUntil } from '../helpers/cliProcess.ts';

describe('imednet dashboard --sandbox', () => {
  it('prints its 127.0.0.1 URL, serves the six pages, and stops on Ctrl-C with no key shown', async () => {
    // The in-process sandbox's demo keys (seed 1), to look for in everything served.
    const probe = createSandbox();
    const { apiKey, securityKey } = probe.credentials;
    probe.close();
    const server = startCliProcess(['dashboard', '--sandbox', '--port', '0']);
    let stdout = '';
    server.child.stdout!.on('data', (chunk: Buffer | string) => {
      stdout += String(chunk);
    });
    const bodies: string[] = [];
    try {
      await waitUntil(() => stdout.includes('\n'));
      const url = stdout.trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const home = await (await fetch(url)).text();
      const study = /href="\/studies\/([^/]+)\/overview"/.exec(home)![1]!;
      bodies.push(home);
      for (const page of [
        'overview',
        'queries',
        'enrollment',
        'sites',
        'completeness',
        'records',
      ]) {
        const response = await fetch(`${url}studies/${study}/${page}`);
        expect(response.status, page).toBe(200);
        bodies.push(await response.text(), JSON.stringify([...response.headers]));
      }
    } finally {
      server.child.kill('SIGINT');
    }
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Dashboard stopped/);
    for (const text of [...bodies, result.stdout, result.stderr]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(securityKey);
    }
  }, 120_000);

  it('--from serves a database kept by imednet sync, without keys', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-dashboard-'));
    try {
      const file = join(folder, 'study.sqlite');
      const probe = createSandbox();
      const studyKey = probe.studyKeys[0]!;
      probe.close();
      const synced = await runCliProcess(['sync', studyKey, '--into', file, '--sandbox']);
      expect(synced.code, synced.stderr).toBe(0);
      const server = startCliProcess(['dashboard', '--from', file, '--port', '0']);
      let overview = '';
      try {
        await waitUntil(() => server.stdout().includes('\n'), 60_000);
        const url = server.stdout().trim();
        const response = await fetch(`${url}studies/${studyKey}/overview`);
        expect(response.status).toBe(200);
        overview = await response.text();
      } finally {
        server.child.kill('SIGINT');
      }
      const result = await server.done;
      expect(result.code).toBe(0);
      expect(result.stderr).not.toMatch(/No keys/);
      expect(overview).toMatch(/data-kpi="subjects">[1-9]\d*</);
      // Sync stores the queries: the open-query figure is there, with no key given.
      expect(overview).not.toContain('holds no queries');
      expect(overview).toMatch(/data-kpi="openQueries">\d+</);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);

  it('--from a missing file is a usage error', async () => {
    const result = await runCliProcess(['dashboard', '--from', 'no-such-file.sqlite']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from: no such file/);
  });
});

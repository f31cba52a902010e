import { createClient } from '@imednet/core';
import { listSites, listSubjects } from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { type Listening, listen } from '@imednet/sandbox/node';
import { afterEach, describe, expect, it } from 'vitest';
import { executePipeline, resolveStudies } from '../src/index.ts';

// Integration against the sandbox served on 127.0.0.1.
let server: Listening | undefined;
let sandboxes: { close(): void }[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const sandbox of sandboxes) sandbox.close();
  sandboxes = [];
});

async function start(options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = createSandbox({ studyCount: 5, recordsPerStudy: 30, ...options });
  sandboxes.push(sandbox);
  server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  const client = createClient({ ...sandbox.credentials, baseUrl: server.url, retries: 0 });
  return { sandbox, client };
}

describe('orchestrator against the sandbox', () => {
  it('runs a pipeline over every study, in API order', async () => {
    const { sandbox, client } = await start();
    const keys = await resolveStudies(client);
    expect(keys).toEqual(sandbox.studyKeys);
    const results = await executePipeline(
      client,
      async (studyKey, c, { signal }) => {
        const [sites, subjects] = await Promise.all([
          listSites(c, studyKey, undefined, { signal }),
          listSubjects(c, studyKey, undefined, { signal }),
        ]);
        return { sites: sites.length, subjects: subjects.length };
      },
      { concurrency: 2 },
    );
    expect([...results.keys()]).toEqual(keys);
    for (const result of results.values()) {
      expect(result.outcome).toBe('SUCCESS');
      expect(result.data?.subjects).toBeGreaterThan(0);
      expect(result.data?.sites).toBeGreaterThan(0);
    }
  });

  it('fails studies past their timeout and an unknown include key, and finishes the rest', async () => {
    const { sandbox, client } = await start({ latencyMs: 20 });
    const [first, second] = sandbox.studyKeys as [string, string];
    const results = await executePipeline(
      client,
      async (studyKey, c, { signal }) => {
        // The first study keeps reading until its signal stops it: it can only time out.
        for (;;) {
          const subjects = await listSubjects(c, studyKey, undefined, { signal });
          if (studyKey !== first) return subjects.length;
        }
      },
      { include: [second, 'NOT-A-STUDY', first], studyTimeout: 1500 },
    );
    expect([...results.keys()]).toEqual([first, second, 'NOT-A-STUDY']);
    expect(results.get(first)?.outcome).toBe('FAILED');
    expect(results.get(first)?.message).toMatch(/timed out after 1500 ms/);
    expect(results.get(second)?.outcome).toBe('SUCCESS');
    expect(results.get('NOT-A-STUDY')?.outcome).toBe('FAILED');
  });

  it('keeps the keys out of study errors', async () => {
    const { sandbox, client } = await start({ studyCount: 2 });
    const results = await executePipeline(client, (studyKey) => {
      throw new Error(`${studyKey}: ${JSON.stringify(sandbox.credentials)}`);
    });
    for (const result of results.values()) {
      expect(result.outcome).toBe('FAILED');
      const printed = `${result.message} ${result.error?.message} ${JSON.stringify(result.error)}`;
      expect(printed).not.toContain(sandbox.credentials.apiKey);
      expect(printed).not.toContain(sandbox.credentials.securityKey);
    }
  });
});

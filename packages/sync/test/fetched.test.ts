import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteTarget, syncStudy } from '../src/index.ts';
import { makeChanges } from './helpers/makeChanges.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

describe('an incremental sync', () => {
  it('fetches under 5% of the records a full sync fetches, counted at the sandbox', async () => {
    const { client, sandbox, studyKey, served } = sandboxClient({
      seed: 21,
      recordsPerStudy: 20_000,
    });
    const target = sqliteTarget(join(await tempDir(), 'study.sqlite'));
    await syncStudy(client, studyKey, { target });
    const full = { ...served };
    expect(full.records).toBeGreaterThanOrEqual(19_000);

    await makeChanges(client, sandbox, studyKey, { updates: 6, creates: 3, deletes: 1 });
    served.requests = 0;
    served.records = 0;
    served.urls = [];
    const result = await syncStudy(client, studyKey, { target });
    expect(result).toMatchObject({ fetched: 10, inserted: 3, updated: 6, deleted: 1 });
    expect(served.records).toBeGreaterThanOrEqual(10);
    expect(served.records / full.records).toBeLessThan(0.05);
    expect(served.requests / full.requests).toBeLessThan(0.1);
    // Queries and visits too are asked for only since the last run, in one page each here.
    for (const list of ['queries', 'visits']) {
      const asked = served.urls.filter((url) => url.pathname.endsWith(`/${list}`));
      expect(asked.length, list).toBe(1);
      expect(asked[0]?.searchParams.get('filter'), list).toMatch(/^dateModified>=/);
    }
    console.info(
      `incremental/full: records ${served.records}/${full.records} = ${((100 * served.records) / full.records).toFixed(3)}%, requests ${served.requests}/${full.requests} = ${((100 * served.requests) / full.requests).toFixed(1)}%`,
    );
  });
});

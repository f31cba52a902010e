import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient } from '@imednet/core';
import { createSandbox, type Sandbox } from '@imednet/sandbox';
import { sqliteTarget, syncStudy } from '@imednet/sync';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSource, createDashboard, type Dashboard } from '../src/index.ts';
import { type SqliteSource, sqliteSource } from '../src/node/index.ts';

let sandbox: Sandbox;
let folder: string;
let source: SqliteSource;
let fromDb: Dashboard;
let fromApi: Dashboard;
let apiRequests = 0;
let studyKey: string;
let client: Client;

beforeAll(async () => {
  sandbox = createSandbox({ seed: 3, studyCount: 1, recordsPerStudy: 300 });
  client = createClient({
    ...sandbox.credentials,
    baseUrl: sandbox.baseUrl,
    fetch: (input, init) => {
      apiRequests++;
      return sandbox.fetch(input as Request, init);
    },
    allowInsecure: true,
    env: {},
  });
  studyKey = sandbox.studyKeys[0]!;
  folder = mkdtempSync(join(tmpdir(), 'dashboard-sqlite-'));
  const file = join(folder, 'study.sqlite');
  await syncStudy(client, studyKey, { target: sqliteTarget(file) });
  source = sqliteSource(file);
  fromDb = createDashboard({ source, cache: false });
  fromApi = createDashboard({ source: apiSource(client) });
});

afterAll(() => {
  source?.close();
  sandbox?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function body(dashboard: Dashboard, path: string): Promise<string> {
  const response = await dashboard.fetch(new Request(`http://127.0.0.1${path}`));
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The page's tables and headline figures, without the charts (which differ in ids). */
function figures(html: string): string {
  return [...html.matchAll(/<table[\s\S]*?<\/table>|data-kpi="[^"]+">[^<]*/g)]
    .map((m) => m[0])
    .join('\n');
}

describe('sqliteSource: pages from a database kept by imednet sync', () => {
  it('shows the same figures as the API on every page, with no request', async () => {
    const before = apiRequests;
    const pages = ['overview', 'queries', 'enrollment', 'sites', 'completeness'];
    const db = await Promise.all(pages.map((p) => body(fromDb, `/studies/${studyKey}/${p}`)));
    expect(apiRequests).toBe(before);
    const api = await Promise.all(pages.map((p) => body(fromApi, `/studies/${studyKey}/${p}`)));
    for (const [i, page] of pages.entries()) {
      expect(figures(db[i]!), page).toBe(figures(api[i]!));
      expect(figures(db[i]!), page).toContain('<tbody>\n<tr>');
      expect(db[i], page).not.toContain('holds no queries');
    }
  });

  it('falls back to the API, or says so, for a database synced before queries and visits were', async () => {
    const old = join(folder, 'old.sqlite');
    copyFileSync(join(folder, 'study.sqlite'), old);
    const db = new Database(old);
    db.exec('DROP TABLE "_imednet_queries"; DROP TABLE "_imednet_visits"');
    db.close();
    const bare = sqliteSource(old);
    const withFallback = sqliteSource(old, { fallback: apiSource(client) });
    try {
      const overview = await body(
        createDashboard({ source: bare, cache: false }),
        `/studies/${studyKey}/overview`,
      );
      expect(overview).toContain('holds no queries');
      const before = apiRequests;
      const queries = await body(
        createDashboard({ source: withFallback, cache: false }),
        `/studies/${studyKey}/queries`,
      );
      expect(apiRequests).toBeGreaterThan(before);
      expect(figures(queries)).toBe(figures(await body(fromApi, `/studies/${studyKey}/queries`)));
    } finally {
      bare.close();
      withFallback.close();
    }
  });

  it('lists the revisions of a record from the audit-trail table', async () => {
    const records = await body(fromDb, `/studies/${studyKey}/records`);
    const id = /href="\/studies\/[^/]+\/records\/(\d+)"/.exec(records)![1];
    const db = await body(fromDb, `/studies/${studyKey}/records/${id}`);
    const api = await body(fromApi, `/studies/${studyKey}/records/${id}`);
    expect(figures(db)).toBe(figures(api));
  });
});

import { createClient } from '@imednet/core';
import { listQueries, listRecords, listSubjects } from '@imednet/resources';
import { createSandbox, type Sandbox } from '@imednet/sandbox';
import { getQueryStateCounts } from '@imednet/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSource, createDashboard, type Dashboard } from '../src/index.ts';
import { exportTableWriter } from '../src/node/index.ts';

// Distinctive keys, so a scan for them cannot match anything by chance.
const API_KEY = 'apikey-ZX81-dashboard-secret-4417';
const SECURITY_KEY = 'seckey-QW93-dashboard-secret-2209';

let sandbox: Sandbox;
let dashboard: Dashboard;
let requests = 0;
const client = () =>
  createClient({
    apiKey: API_KEY,
    securityKey: SECURITY_KEY,
    baseUrl: sandbox.baseUrl,
    fetch: (input, init) => {
      requests++;
      return sandbox.fetch(input as Request, init);
    },
    allowInsecure: true,
    env: {},
  });

beforeAll(() => {
  sandbox = createSandbox({
    seed: 5,
    studyCount: 2,
    recordsPerStudy: 300,
    credentials: { apiKey: API_KEY, securityKey: SECURITY_KEY },
  });
  dashboard = createDashboard({ source: apiSource(client()), downloads: exportTableWriter() });
});
afterAll(() => sandbox.close());

async function get(path: string): Promise<{ response: Response; text: string }> {
  const response = await dashboard.fetch(new Request(`http://127.0.0.1${path}`));
  return { response, text: await response.text() };
}

function kpi(html: string, id: string): string | undefined {
  return new RegExp(`data-kpi="${id}">([^<]*)<`).exec(html)?.[1];
}

function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="table-${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      c[1]!.replace(/<[^>]+>/g, ''),
    ),
  );
}

describe('the fetch handler on the sandbox', () => {
  it('lists the studies and links each to its overview', async () => {
    const { response, text } = await get('/');
    expect(response.status).toBe(200);
    for (const key of sandbox.studyKeys) expect(text).toContain(`/studies/${key}/overview`);
  });

  it('shows on the overview what the library computes', async () => {
    const key = sandbox.studyKeys[1]!;
    const { text } = await get(`/studies/${key}/overview`);
    const c = client();
    const subjects = await listSubjects(c, key);
    const records = (await listRecords(c, key)).filter((r) => r.deleted !== true);
    const counts = await getQueryStateCounts(c, key);
    expect(kpi(text, 'subjects')).toBe(String(subjects.length));
    expect(kpi(text, 'records')).toBe(String(records.length));
    expect(kpi(text, 'openQueries')).toBe(String(counts.open));
    const byStatus = new Map<string, number>();
    for (const s of subjects) {
      const status = s.subjectStatus ?? '(no status)';
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    const shown = new Map(tableRows(text, 'subjects-by-status').map(([s, n]) => [s, Number(n)]));
    expect(shown).toEqual(byStatus);
    expect(text).toMatch(/<svg[^>]*>[\s\S]*<path/);
  });

  it('counts open and closed queries per site as the workflows do', async () => {
    const key = sandbox.studyKeys[0]!;
    const { text } = await get(`/studies/${key}/queries`);
    const counts = await getQueryStateCounts(client(), key);
    const rows = tableRows(text, 'queries-by-site');
    expect(rows.reduce((n, r) => n + Number(r[1]), 0)).toBe(counts.open);
    expect(rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(counts.closed);
    const byAge = tableRows(text, 'queries-by-age');
    expect(byAge.reduce((n, r) => n + Number(r[1]) + Number(r[2]), 0)).toBe(
      counts.open + counts.closed,
    );
    const queries = await listQueries(client(), key);
    expect(kpi(text, 'queries')).toBe(String(queries.length));
  });

  it('serves all six pages with a chart or a grid, and 404 for an unknown study', async () => {
    const key = sandbox.studyKeys[0]!;
    for (const page of ['overview', 'queries', 'enrollment', 'sites', 'completeness', 'records']) {
      const { response, text } = await get(`/studies/${key}/${page}`);
      expect(response.status, page).toBe(200);
      expect(text, page).toContain('aria-current="page"');
      if (page !== 'records') expect(text, page).toMatch(/<figure tabindex="0"[\s\S]*<svg/);
    }
    expect((await get('/studies/NO-SUCH-STUDY/overview')).response.status).toBe(404);
    expect((await get(`/studies/${key}/nonsense`)).response.status).toBe(404);
    expect((await get(`/studies/${key}/constructor`)).response.status).toBe(404);
  });

  it('pages and filters the records grid, and links each record to its revisions', async () => {
    const key = sandbox.studyKeys[0]!;
    const records = (await listRecords(client(), key)).filter((r) => r.deleted !== true);
    const form = records[0]!.formKey!;
    const expected = records.filter((r) => r.formKey === form).map((r) => r.recordId);
    const { text } = await get(`/studies/${key}/records?form=${encodeURIComponent(form)}`);
    expect(text).toContain(`data-count="${expected.length}"`);
    const rows = tableRows(text, 'records');
    expect(rows.length).toBe(Math.min(50, expected.length));
    expect(rows.every((r) => r[3] === form)).toBe(true);
    const id = rows[0]![0]!;
    const revisions = await get(`/studies/${key}/records/${id}`);
    expect(revisions.response.status).toBe(200);
    expect(tableRows(revisions.text, 'revisions').length).toBeGreaterThan(0);
  });

  it('downloads every table of a page as CSV that reads back', async () => {
    const key = sandbox.studyKeys[0]!;
    const { text } = await get(`/studies/${key}/queries`);
    const links = [...text.matchAll(/href="([^"]+\.csv[^"]*)"/g)].map((m) =>
      m[1]!.replace(/&amp;/g, '&'),
    );
    expect(links.length).toBe(3);
    const excel = [...text.matchAll(/href="([^"]+\.xlsx[^"]*)"/g)];
    expect(excel.length).toBe(3);
    const file = await get(links[0]!);
    expect(file.response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('site,open,closed,unknown');
    expect(lines.slice(1).map((l) => l.split(',').slice(1).map(Number))).toEqual(
      tableRows(text, 'queries-by-site').map((r) => r.slice(1).map(Number)),
    );
  });

  it('reuses its cached lists instead of asking the API again', async () => {
    const key = sandbox.studyKeys[0]!;
    await get(`/studies/${key}/sites`);
    const before = requests;
    await get(`/studies/${key}/sites`);
    await get(`/studies/${key}/overview`);
    expect(requests).toBe(before);
  });

  it('never puts a key in a page, a download or a header', async () => {
    const key = sandbox.studyKeys[0]!;
    const paths = ['/', `/studies/${key}/overview`, `/studies/${key}/sites/sites.csv`];
    for (const path of paths) {
      const { response, text } = await get(path);
      const headers = [...response.headers].join('\n');
      for (const secret of [API_KEY, SECURITY_KEY]) {
        expect(text).not.toContain(secret);
        expect(headers).not.toContain(secret);
      }
    }
  });
});

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@imednet/core';
import { listRecords, listSites, listSubjects } from '@imednet/resources';
import { createSandbox, type Sandbox } from '@imednet/sandbox';
import { type Listening, listen } from '@imednet/sandbox/node';
import { getQueryStateCounts } from '@imednet/workflows';
import ExcelJS from 'exceljs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSource, createDashboard } from '../src/index.ts';
import { exportTableWriter, type ServedDashboard, serveDashboard } from '../src/node/index.ts';
import { CHROMIUM_ARGS, findChromium } from './findChromium.ts';

const chromiumPath = findChromium();
const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PAGES = ['overview', 'queries', 'enrollment', 'sites', 'completeness', 'records'];
// Distinctive keys: a scan for them cannot match anything by chance.
const API_KEY = 'browser-apikey-7Hq2-ZZ-never-shown';
const SECURITY_KEY = 'browser-seckey-9Km4-YY-never-shown';

let sandbox: Sandbox;
let api: Listening;
let client: Client;
let served: ServedDashboard;
let browser: Browser;
let page: Page;
let studyKey: string;
const seen: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!chromiumPath) return;
  sandbox = createSandbox({
    seed: 11,
    studyCount: 2,
    recordsPerStudy: 400,
    credentials: { apiKey: API_KEY, securityKey: SECURITY_KEY },
  });
  api = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  client = createClient({ apiKey: API_KEY, securityKey: SECURITY_KEY, baseUrl: api.url, env: {} });
  served = await serveDashboard(
    createDashboard({ source: apiSource(client), downloads: exportTableWriter() }),
  );
  studyKey = sandbox.studyKeys[0]!;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  page.on('console', (message) => {
    seen.push(message.text());
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('response', async (response) => {
    seen.push(JSON.stringify(await response.allHeaders()));
    seen.push(await response.text().catch(() => ''));
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await api?.close();
  sandbox?.close();
});

async function kpi(id: string): Promise<string> {
  return (await page.locator(`[data-kpi="${id}"]`).textContent()) ?? '';
}

/** The body cells of a table, row by row. */
function tableRows(id: string): Promise<string[][]> {
  return page
    .locator(`#table-${id} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent ?? '')),
    );
}

describe.skipIf(!chromiumPath)('the dashboard in Chromium, on the sandbox', () => {
  it('loads every page without console errors, with charts, and screenshots each', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.goto(served.url);
    await page.getByRole('link', { name: /./ }).filter({ hasText: /Study/ }).first().waitFor();
    for (const name of PAGES) {
      const response = await page.goto(`${served.url}studies/${studyKey}/${name}`);
      expect(response?.status(), name).toBe(200);
      await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toMatch(
        new RegExp(name, 'i'),
      );
      if (name !== 'records') {
        // A drawn chart: an SVG in a focusable figure, with marks (paths) in it.
        const figure = page.locator('figure[tabindex="0"]').first();
        expect(await figure.locator('svg path').count(), name).toBeGreaterThan(3);
        await figure.focus();
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('FIGURE');
        expect(await figure.locator('figcaption').textContent()).not.toBe('');
        await figure.blur();
      }
      await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    }
    expect(consoleErrors).toEqual([]);
  });

  it('shows the figures the library computes for the same study', async () => {
    await page.goto(`${served.url}studies/${studyKey}/overview`);
    const subjects = await listSubjects(client, studyKey);
    const records = (await listRecords(client, studyKey)).filter((r) => r.deleted !== true);
    const counts = await getQueryStateCounts(client, studyKey);
    expect(await kpi('subjects')).toBe(String(subjects.length));
    expect(await kpi('records')).toBe(String(records.length));
    expect(await kpi('openQueries')).toBe(String(counts.open));

    await page.goto(`${served.url}studies/${studyKey}/queries`);
    const bySite = await tableRows('queries-by-site');
    expect(bySite.reduce((n, r) => n + Number(r[1]), 0)).toBe(counts.open);
    expect(bySite.reduce((n, r) => n + Number(r[2]), 0)).toBe(counts.closed);

    await page.goto(`${served.url}studies/${studyKey}/enrollment`);
    const sites = await listSites(client, studyKey);
    const perSite = new Map<string | null | undefined, number>(sites.map((s) => [s.siteName, 0]));
    for (const s of subjects) {
      const name = sites.find((site) => site.siteId === s.siteId)?.siteName;
      perSite.set(name, (perSite.get(name) ?? 0) + 1);
    }
    const shown = await tableRows('subjects-by-site');
    expect(new Map(shown.map((r) => [r[0], Number(r.at(-1))]))).toEqual(perSite);
  });

  it("filters the records grid and opens a record's revisions (who, when, why)", async () => {
    await page.goto(`${served.url}studies/${studyKey}/records`);
    const form = (await tableRows('records'))[0]![3]!;
    await page.getByLabel('Form').selectOption(form);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/form=/);
    const rows = await tableRows('records');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === form)).toBe(true);
    await page.locator('#table-records tbody a').first().click();
    await page.waitForURL(/records\/\d+$/);
    const headers = await page.locator('#table-revisions thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Who', 'When (UTC)', 'Why']));
    expect((await tableRows('revisions')).length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}revisions.png`, fullPage: true });
  });

  it('downloads a table as CSV that reads back to what the page shows', async () => {
    await page.goto(`${served.url}studies/${studyKey}/sites`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Site performance (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header!.split(',')[0]).toBe('site');
    const shown = await tableRows('sites');
    expect(lines.map((l) => l.split(','))).toEqual(shown);
  });

  it('downloads a table as Excel that reads back to what the page shows', async () => {
    await page.goto(`${served.url}studies/${studyKey}/queries`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Queries by site (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('queries-by-site.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0]!;
    const read: string[][] = [];
    sheet.eachRow((row) => {
      read.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(read[0]).toEqual(['site', 'open', 'closed', 'unknown']);
    expect(read.slice(1)).toEqual(await tableRows('queries-by-site'));
  });

  it('never lets a key reach the browser: pages, headers, downloads, console', async () => {
    expect(seen.length).toBeGreaterThan(10);
    for (const text of seen) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECURITY_KEY);
    }
  });
});

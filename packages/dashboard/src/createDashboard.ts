import { Hono } from 'hono';
import { completenessPage } from './pages/completenessPage.ts';
import { enrollmentPage } from './pages/enrollmentPage.ts';
import { overviewPage } from './pages/overviewPage.ts';
import { queriesPage } from './pages/queriesPage.ts';
import { recordsPage } from './pages/recordsPage.ts';
import { revisionsPage } from './pages/revisionsPage.ts';
import { sitesPage } from './pages/sitesPage.ts';
import type { DataTable, PageContext, PageModel } from './pages/types.ts';
import { escapeHtml } from './render/escapeHtml.ts';
import { PAGES, renderLayout } from './render/renderLayout.ts';
import { renderPage } from './render/renderPage.ts';
import { type CacheOptions, cachedSource } from './source/cachedSource.ts';
import type { DashboardSource, StudyInfo } from './source/types.ts';

/** A file made from a table (`exportTableWriter` from `@imednet/dashboard/node` makes them). */
export interface TableFile {
  readonly body: BodyInit;
  readonly contentType: string;
}

/** Writes tables as downloadable files, in the formats it names. */
export interface TableWriter {
  /** File extensions offered, e.g. `['csv', 'xlsx']`. */
  readonly formats: readonly string[];
  write(table: DataTable, format: string, signal: AbortSignal): Promise<TableFile>;
}

/** Options of {@link createDashboard}. */
export interface DashboardOptions {
  /** Where the data comes from; wrapped in a 10-minute cache unless `cache` is `false`. */
  readonly source: DashboardSource;
  /** The cache's lifetime and clock, or `false` for none (a sync database needs none). */
  readonly cache?: CacheOptions | false;
  /** Makes the download links; without it the pages offer none. */
  readonly downloads?: TableWriter;
  /** The clock for ages and overdue visits; default `Date.now`. */
  readonly now?: () => number;
}

/** The dashboard as a fetch handler: serve it with any runtime's HTTP server. */
export interface Dashboard {
  fetch(request: Request): Promise<Response>;
}

type PageFunction = (context: PageContext) => Promise<PageModel>;

// A Map, so that a path such as `/studies/S/constructor` finds no page.
const PAGE_FUNCTIONS = new Map<string, PageFunction>([
  ['overview', overviewPage],
  ['queries', queriesPage],
  ['enrollment', enrollmentPage],
  ['sites', sitesPage],
  ['completeness', completenessPage],
  ['records', recordsPage],
]);

/** Pages name no external resource and run no script, and this says so to the browser. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The study dashboard: six server-rendered pages for each study (overview, queries,
 * enrollment, sites, completeness, records) with SVG charts, and each table as a download.
 * A plain fetch handler (Hono), so it runs on Node, Workers or Vercel Edge. The source
 * holds the client: no key ever reaches a page, header or log.
 *
 * @throws never (a failing source becomes a 502 page naming the error, never a key)
 * @example
 * const dashboard = createDashboard({ source: apiSource(createClient()) });
 * const response = await dashboard.fetch(new Request('http://localhost/'));
 */
export function createDashboard(options: DashboardOptions): Dashboard {
  const source =
    options.cache === false ? options.source : cachedSource(options.source, options.cache);
  const now = options.now ?? Date.now;
  const formats = options.downloads?.formats ?? [];
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });

  app.onError((error, c) => {
    const message = error instanceof Error ? error.message : String(error);
    const body = `<p role="alert">The data could not be loaded: ${escapeHtml(message)}</p>`;
    return c.html(renderLayout({ title: 'Error', body }), 502);
  });

  app.notFound((c) =>
    c.html(renderLayout({ title: 'Not found', body: '<p>No such page.</p>' }), 404),
  );

  async function findStudy(key: string, signal: AbortSignal): Promise<StudyInfo | undefined> {
    return (await source.listStudies(signal)).find((s) => s.studyKey === key);
  }

  function contextOf(request: Request, study: StudyInfo, forDownload: boolean): PageContext {
    return {
      source,
      studyKey: study.studyKey,
      signal: request.signal,
      params: new URL(request.url).searchParams,
      now: new Date(now()),
      base: `/studies/${encodeURIComponent(study.studyKey)}`,
      forDownload,
    };
  }

  async function download(request: Request, model: PageModel, file: string): Promise<Response> {
    const dot = file.lastIndexOf('.');
    const id = file.slice(0, dot);
    const format = file.slice(dot + 1);
    const table = model.sections.find((s) => s.table.id === id)?.table;
    if (!options.downloads || dot < 0 || !table || !formats.includes(format)) {
      return new Response('No such download.', { status: 404 });
    }
    const made = await options.downloads.write(table, format, request.signal);
    return new Response(made.body, {
      headers: {
        'content-type': made.contentType,
        'content-disposition': `attachment; filename="${file.replace(/[^\w.-]/g, '_')}"`,
      },
    });
  }

  app.get('/', async (c) => {
    const studies = await source.listStudies(c.req.raw.signal);
    const items = studies.map(
      (s) =>
        `<li><a href="/studies/${encodeURIComponent(s.studyKey)}/overview">${escapeHtml(s.studyName ?? s.studyKey)}</a> <code>${escapeHtml(s.studyKey)}</code></li>`,
    );
    const body = items.length
      ? `<p>Choose a study.</p><ul class="studies">${items.join('')}</ul>`
      : '<p>These keys see no study.</p>';
    return c.html(renderLayout({ title: 'Studies', body }));
  });

  app.get('/studies/:studyKey', (c) =>
    c.redirect(`/studies/${encodeURIComponent(c.req.param('studyKey'))}/overview`),
  );

  app.get('/studies/:studyKey/records/:recordId{[0-9]+}/:file?', async (c) => {
    const study = await findStudy(c.req.param('studyKey'), c.req.raw.signal);
    if (!study) return c.notFound();
    const recordId = Number(c.req.param('recordId'));
    const context = contextOf(c.req.raw, study, true);
    const model = await revisionsPage(context, recordId);
    const path = `${context.base}/records/${recordId}`;
    const file = c.req.param('file');
    if (file) return download(c.req.raw, model, file);
    const body = renderPage(model, { path, formats });
    const name = study.studyName ?? study.studyKey;
    return c.html(renderLayout({ title: model.title, body, study: { key: study.studyKey, name } }));
  });

  app.get('/studies/:studyKey/:page/:file?', async (c) => {
    const page = PAGE_FUNCTIONS.get(c.req.param('page'));
    const study = page && (await findStudy(c.req.param('studyKey'), c.req.raw.signal));
    if (!page || !study) return c.notFound();
    const file = c.req.param('file');
    const context = contextOf(c.req.raw, study, file !== undefined);
    const model = await page(context);
    if (file) return download(c.req.raw, model, file);
    const pageName = c.req.param('page');
    const search = new URL(c.req.url).search;
    const body = renderPage(model, { path: `${context.base}/${pageName}`, formats, search });
    const name = study.studyName ?? study.studyKey;
    return c.html(
      renderLayout({
        title: `${PAGES.find((p) => p.path === pageName)?.name ?? model.title}`,
        body,
        study: { key: study.studyKey, name, page: pageName },
      }),
    );
  });

  return { fetch: (request) => Promise.resolve(app.fetch(request)) };
}

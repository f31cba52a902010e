import type { EdcRecord } from '@imednet/resources';
import { escapeHtml } from '../render/escapeHtml.ts';
import { siteLookup } from './siteLookup.ts';
import type { PageContext, PageModel } from './types.ts';

/** Rows on one page of the grid. */
export const RECORDS_PAGE_SIZE = 50;

const FILTERS = ['form', 'site', 'subject', 'status'] as const;

function select(name: string, label: string, values: Iterable<string>, chosen: string): string {
  const options = [...new Set(values)]
    .sort()
    .map(
      (v) =>
        `<option value="${escapeHtml(v)}"${v === chosen ? ' selected' : ''}>${escapeHtml(v)}</option>`,
    );
  return `<label>${label}<select name="${name}"><option value="">all</option>${options.join('')}</select></label>`;
}

/**
 * The records page: a grid of the study's records, filtered by form, site, subject and
 * status (`?form=AE&site=...&subject=...&status=...&page=2`), 50 to a page, each linking to
 * its revisions. A download holds every record the filters keep, not only one page.
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await recordsPage({ ...context, params: new URLSearchParams('form=AE') });
 */
export async function recordsPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal, params, base } = context;
  const [sites, subjects, records] = await Promise.all([
    source.listSites(studyKey, signal),
    source.listSubjects(studyKey, signal),
    source.listRecords(studyKey, signal),
  ]);
  const lookup = siteLookup(sites, subjects);
  const chosen = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']));
  const live = records.filter((r) => r.deleted !== true);
  const fields = (r: EdcRecord) => ({
    form: r.formKey ?? '',
    site: lookup.nameOf(r.siteId),
    subject: r.subjectKey ?? '',
    status: r.recordStatus ?? '',
  });
  const kept = live
    .map((r) => ({ record: r, ...fields(r) }))
    .filter((r) => FILTERS.every((f) => !chosen[f] || r[f] === chosen[f]))
    .sort((a, b) => a.record.recordId - b.record.recordId);
  const pages = Math.max(1, Math.ceil(kept.length / RECORDS_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1));
  const shown = context.forDownload
    ? kept
    : kept.slice((page - 1) * RECORDS_PAGE_SIZE, page * RECORDS_PAGE_SIZE);

  const all = live.map(fields);
  const form =
    `<form class="filters" method="get" action="${escapeHtml(`${base}/records`)}" aria-label="Filter records">` +
    select(
      'form',
      'Form',
      all.map((r) => r.form),
      chosen.form!,
    ) +
    select(
      'site',
      'Site',
      all.map((r) => r.site),
      chosen.site!,
    ) +
    `<label>Subject<input name="subject" value="${escapeHtml(chosen.subject!)}" size="10"></label>` +
    select(
      'status',
      'Status',
      all.map((r) => r.status),
      chosen.status!,
    ) +
    '<button type="submit">Filter</button></form>';
  const link = (n: number, text: string) => {
    const search = new URLSearchParams(params);
    search.set('page', String(n));
    return `<a href="${escapeHtml(`${base}/records?${search}`)}">${text}</a>`;
  };
  const pager =
    `<nav class="pager" aria-label="Pages of records"><p>` +
    `<span data-count="${kept.length}">${kept.length} records</span>, page ${page} of ${pages}. ` +
    (page > 1 ? `${link(page - 1, 'Previous page')} ` : '') +
    (page < pages ? link(page + 1, 'Next page') : '') +
    '</p></nav>';
  return {
    title: 'Records',
    controls: form + pager,
    sections: [
      {
        caption: 'Records (choose a record id to see its revisions: who, when, why)',
        table: {
          id: 'records',
          title: 'Records',
          columns: [
            { name: 'recordId', type: 'integer', label: 'Record' },
            { name: 'subject', type: 'string', label: 'Subject' },
            { name: 'site', type: 'string', label: 'Site' },
            { name: 'form', type: 'string', label: 'Form' },
            { name: 'intervalId', type: 'integer', label: 'Interval id' },
            { name: 'status', type: 'string', label: 'Status' },
            { name: 'dateModified', type: 'timestamp', label: 'Last change (UTC)' },
          ],
          rows: shown.map((r) => ({
            recordId: r.record.recordId,
            subject: r.subject,
            site: r.site,
            form: r.form,
            intervalId: r.record.intervalId,
            status: r.status,
            dateModified: r.record.dateModified,
          })),
          links: { recordId: (row) => `${base}/records/${row.recordId}` },
        },
      },
    ],
  };
}

import type { PageModel } from '../pages/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderChart } from './renderChart.ts';
import { renderTable } from './renderTable.ts';

/** Where a page's downloads live, and in which formats. */
export interface DownloadLinks {
  /** The page's own path: a table's file is `${path}/${table.id}.${format}`. */
  readonly path: string;
  /** Formats offered; none when the server has no writer (e.g. on an edge runtime). */
  readonly formats: readonly string[];
  /** Kept on download links, so the file holds what the page shows (the records filters). */
  readonly search?: string;
}

/**
 * A page's body: headline figures, then one focusable figure per chart (SVG, caption, and
 * the data table it is drawn from), with download links for each table.
 *
 * @throws never
 * @example
 * const body = renderPage(model, { path: '/studies/S/queries', formats: ['csv'] });
 */
export function renderPage(model: PageModel, downloads: DownloadLinks): string {
  const parts: string[] = [];
  if (model.notice) parts.push(`<p class="notice" role="note">${escapeHtml(model.notice)}</p>`);
  if (model.kpis?.length) {
    const items = model.kpis.map(
      (k) =>
        `<li><span>${escapeHtml(k.label)}</span><strong data-kpi="${escapeHtml(k.id)}">${escapeHtml(String(k.value))}</strong></li>`,
    );
    parts.push(`<ul class="kpis">${items.join('')}</ul>`);
  }
  if (model.controls) parts.push(model.controls);
  for (const [i, section] of model.sections.entries()) {
    const captionId = `caption-${i}`;
    const chart = section.chart ? renderChart(section.table, section.chart, section.caption) : '';
    const links = downloads.formats
      .map(
        (format) =>
          `<a href="${escapeHtml(`${downloads.path}/${section.table.id}.${format}${downloads.search ?? ''}`)}" download>${escapeHtml(section.table.title)} (${format.toUpperCase()})</a>`,
      )
      .join('');
    parts.push(
      `<figure tabindex="0" aria-labelledby="${captionId}" data-section="${escapeHtml(section.table.id)}">` +
        `<figcaption id="${captionId}">${escapeHtml(section.caption)}</figcaption>` +
        chart +
        renderTable(section.table) +
        (links ? `<p class="downloads">Download: ${links}</p>` : '') +
        '</figure>',
    );
  }
  return parts.join('\n');
}

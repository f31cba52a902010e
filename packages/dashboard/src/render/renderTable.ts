import type { DataTable } from '../pages/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatCell } from './formatCell.ts';

/**
 * A data table as HTML, with its title as the caption and column headers a screen reader
 * announces with each cell.
 *
 * @throws never
 * @example
 * const html = renderTable(table, 50);
 */
export function renderTable(table: DataTable, limit = Number.POSITIVE_INFINITY): string {
  const head = table.columns
    .map((c) => `<th scope="col">${escapeHtml(c.label ?? c.name)}</th>`)
    .join('');
  const body = table.rows
    .slice(0, limit)
    .map((row) => {
      const cells = table.columns.map((c, i) => {
        const text = escapeHtml(formatCell(row[c.name]));
        const link = table.links?.[c.name];
        const content = link ? `<a href="${escapeHtml(link(row))}">${text}</a>` : text;
        const numeric = c.type === 'integer' || c.type === 'number';
        return i === 0
          ? `<th scope="row">${content}</th>`
          : `<td${numeric ? ' class="num"' : ''}>${content}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return (
    `<table id="table-${escapeHtml(table.id)}" data-table="${escapeHtml(table.id)}">` +
    `<caption>${escapeHtml(table.title)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
  );
}

import type { Query } from '@imednet/resources';
import { getQueryState } from '@imednet/workflows';
import { monthOf, monthRange } from './monthOf.ts';
import { siteLookup } from './siteLookup.ts';
import type { PageContext, PageModel } from './types.ts';

const DAY_MS = 86_400_000;

/** Age bands of queries, in days since they were raised: upper bounds, inclusive. */
export const AGE_BANDS = [
  { label: '0–7 days', upTo: 7 },
  { label: '8–30 days', upTo: 30 },
  { label: '31–90 days', upTo: 90 },
  { label: 'over 90 days', upTo: Number.POSITIVE_INFINITY },
] as const;

/** When a closed query was closed: its latest comment's date, else its last change. */
function closedAt(query: Query): Date | null {
  let latest: { sequence: number; date: Date | null } | undefined;
  for (const c of query.queryComments ?? []) {
    const sequence = c.sequence ?? Number.NEGATIVE_INFINITY;
    if (!latest || sequence >= latest.sequence) latest = { sequence, date: c.date };
  }
  return latest?.date ?? query.dateModified;
}

/**
 * The queries page: open and closed queries by site and by age, and the trend by month
 * (raised, closed, open at the month's end).
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await queriesPage(context);
 */
export async function queriesPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal, now } = context;
  const [queries, sites, subjects] = await Promise.all([
    source.listQueries(studyKey, signal),
    source.listSites(studyKey, signal),
    source.listSubjects(studyKey, signal),
  ]);
  if (!queries) {
    return { title: 'Queries', notice: 'This source holds no queries.', sections: [] };
  }
  const lookup = siteLookup(sites, subjects);
  const bySite = new Map(lookup.names.map((name) => [name, { open: 0, closed: 0, unknown: 0 }]));
  const byAge = AGE_BANDS.map((band) => ({ band: band.label, open: 0, closed: 0 }));
  const raised = new Map<string, number>();
  const closed = new Map<string, number>();
  for (const query of queries) {
    const state = getQueryState(query);
    const site = lookup.siteOfSubject(query);
    const counts = bySite.get(site) ?? { open: 0, closed: 0, unknown: 0 };
    counts[state]++;
    bySite.set(site, counts);
    if (query.dateCreated) {
      const days = Math.floor((now.getTime() - query.dateCreated.getTime()) / DAY_MS);
      const band = byAge[AGE_BANDS.findIndex((b) => days <= b.upTo)]!;
      if (state !== 'unknown') band[state]++;
      const month = monthOf(query.dateCreated);
      raised.set(month, (raised.get(month) ?? 0) + 1);
    }
    const end = state === 'closed' ? closedAt(query) : null;
    if (end) closed.set(monthOf(end), (closed.get(monthOf(end)) ?? 0) + 1);
  }
  let openAtEnd = 0;
  const trend = monthRange([...raised.keys(), ...closed.keys()]).map((month) => {
    openAtEnd += (raised.get(month) ?? 0) - (closed.get(month) ?? 0);
    return { month, raised: raised.get(month) ?? 0, closed: closed.get(month) ?? 0, openAtEnd };
  });
  const open = queries.filter((q) => getQueryState(q) === 'open').length;
  return {
    title: 'Queries',
    kpis: [
      { id: 'openQueries', label: 'Open queries', value: open },
      { id: 'closedQueries', label: 'Closed queries', value: queries.length - open },
      { id: 'queries', label: 'All queries', value: queries.length },
    ],
    sections: [
      {
        caption: 'Open and closed queries by site',
        chart: { kind: 'stackedBar', x: 'site', series: ['open', 'closed'] },
        table: {
          id: 'queries-by-site',
          title: 'Queries by site',
          columns: [
            { name: 'site', type: 'string', label: 'Site' },
            { name: 'open', type: 'integer', label: 'Open' },
            { name: 'closed', type: 'integer', label: 'Closed' },
            { name: 'unknown', type: 'integer', label: 'State unknown' },
          ],
          rows: [...bySite].map(([site, c]) => ({ site, ...c })),
        },
      },
      {
        caption: 'Open and closed queries by age (days since raised)',
        chart: { kind: 'bar', x: 'band', series: ['open', 'closed'] },
        table: {
          id: 'queries-by-age',
          title: 'Queries by age',
          columns: [
            { name: 'band', type: 'string', label: 'Age' },
            { name: 'open', type: 'integer', label: 'Open' },
            { name: 'closed', type: 'integer', label: 'Closed' },
          ],
          rows: byAge,
        },
      },
      {
        caption: 'Queries raised and closed per month, and open at the end of each month',
        chart: { kind: 'line', x: 'month', series: ['raised', 'closed', 'openAtEnd'] },
        table: {
          id: 'queries-trend',
          title: 'Query trend by month',
          columns: [
            { name: 'month', type: 'string', label: 'Month' },
            { name: 'raised', type: 'integer', label: 'Raised' },
            { name: 'closed', type: 'integer', label: 'Closed' },
            { name: 'openAtEnd', type: 'integer', label: 'Open at month end' },
          ],
          rows: trend,
        },
      },
    ],
  };
}

import { getQueryState } from '@imednet/workflows';
import { siteLookup } from './siteLookup.ts';
import type { PageContext, PageModel } from './types.ts';

function ratio(count: number, subjects: number): number {
  return subjects === 0 ? 0 : Math.round((count / subjects) * 100) / 100;
}

/**
 * The sites page: per site, queries and records per subject, and overdue visits (a due
 * date before today, no visit date, not deleted).
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await sitesPage(context);
 */
export async function sitesPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal, now } = context;
  const [sites, subjects, records, queries, visits] = await Promise.all([
    source.listSites(studyKey, signal),
    source.listSubjects(studyKey, signal),
    source.listRecords(studyKey, signal),
    source.listQueries(studyKey, signal),
    source.listVisits(studyKey, signal),
  ]);
  const lookup = siteLookup(sites, subjects);
  const empty = () => ({ subjects: 0, records: 0, queries: 0, openQueries: 0, overdueVisits: 0 });
  const bySite = new Map(lookup.names.map((name) => [name, empty()]));
  const at = (site: string) => {
    const counts = bySite.get(site) ?? empty();
    bySite.set(site, counts);
    return counts;
  };
  for (const s of subjects) at(lookup.nameOf(s.siteId)).subjects++;
  for (const r of records) if (r.deleted !== true) at(lookup.nameOf(r.siteId)).records++;
  for (const q of queries ?? []) {
    const counts = at(lookup.siteOfSubject(q));
    counts.queries++;
    if (getQueryState(q) === 'open') counts.openQueries++;
  }
  const today = now.toISOString().slice(0, 10);
  for (const v of visits ?? []) {
    if (v.deleted !== true && !v.visitDate && v.dueDate && v.dueDate < today) {
      at(lookup.siteOfSubject(v)).overdueVisits++;
    }
  }
  const missing = [!queries && 'queries', !visits && 'visits'].filter(Boolean).join(' or ');
  return {
    title: 'Sites',
    ...(missing ? { notice: `This source holds no ${missing}: those columns show 0.` } : {}),
    sections: [
      {
        caption: 'Queries and records per subject, and overdue visits, by site',
        chart: {
          kind: 'bar',
          x: 'site',
          series: ['queriesPerSubject', 'recordsPerSubject', 'overdueVisits'],
        },
        table: {
          id: 'sites',
          title: 'Site performance',
          columns: [
            { name: 'site', type: 'string', label: 'Site' },
            { name: 'subjects', type: 'integer', label: 'Subjects' },
            { name: 'records', type: 'integer', label: 'Records' },
            { name: 'recordsPerSubject', type: 'number', label: 'Records per subject' },
            { name: 'queries', type: 'integer', label: 'Queries' },
            { name: 'openQueries', type: 'integer', label: 'Open queries' },
            { name: 'queriesPerSubject', type: 'number', label: 'Queries per subject' },
            { name: 'overdueVisits', type: 'integer', label: 'Overdue visits' },
          ],
          rows: [...bySite].map(([site, c]) => ({
            site,
            subjects: c.subjects,
            records: c.records,
            recordsPerSubject: ratio(c.records, c.subjects),
            queries: c.queries,
            openQueries: c.openQueries,
            queriesPerSubject: ratio(c.queries, c.subjects),
            overdueVisits: c.overdueVisits,
          })),
        },
      },
    ],
  };
}

import type { ExportColumn, ExportRow } from '@imednet/export';
import { countBy } from './countBy.ts';
import { monthOf, monthRange } from './monthOf.ts';
import { NO_STATUS } from './overviewPage.ts';
import { siteLookup } from './siteLookup.ts';
import type { PageContext, PageModel } from './types.ts';

/**
 * The enrollment page: subjects by status per site, and subjects enrolled over time
 * (by enrollment start date, else the date the subject was created), per month and in total.
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await enrollmentPage(context);
 */
export async function enrollmentPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal } = context;
  const [sites, subjects] = await Promise.all([
    source.listSites(studyKey, signal),
    source.listSubjects(studyKey, signal),
  ]);
  const lookup = siteLookup(sites, subjects);
  const statuses = [...countBy(subjects, (s) => s.subjectStatus ?? NO_STATUS).keys()];
  const perSite = new Map<string, Record<string, number>>(lookup.names.map((n) => [n, {}]));
  for (const subject of subjects) {
    const site = lookup.nameOf(subject.siteId);
    const counts = perSite.get(site) ?? {};
    const status = subject.subjectStatus ?? NO_STATUS;
    counts[status] = (counts[status] ?? 0) + 1;
    perSite.set(site, counts);
  }
  // Status names become column names as they are: the export writers quote what they must.
  const statusColumns: ExportColumn[] = statuses.map((s) => ({
    name: s,
    type: 'integer',
    label: s,
  }));
  const siteRows: ExportRow[] = [...perSite].map(([site, counts]) => {
    const row: Record<string, string | number> = { site };
    let total = 0;
    for (const status of statuses) {
      row[status] = counts[status] ?? 0;
      total += counts[status] ?? 0;
    }
    row.total = total;
    return row;
  });

  const started = countBy(
    subjects.filter((s) => s.enrollmentStartDate ?? s.dateCreated),
    (s) => monthOf((s.enrollmentStartDate ?? s.dateCreated)!),
  );
  let cumulative = 0;
  const overTime = monthRange(started.keys()).map((month) => {
    cumulative += started.get(month) ?? 0;
    return { month, enrolled: started.get(month) ?? 0, cumulative };
  });
  return {
    title: 'Enrollment',
    kpis: [
      { id: 'subjects', label: 'Subjects', value: subjects.length },
      { id: 'sites', label: 'Sites', value: perSite.size },
    ],
    sections: [
      {
        caption: 'Subjects by status per site',
        chart: { kind: 'stackedBar', x: 'site', series: statuses },
        table: {
          id: 'subjects-by-site',
          title: 'Subjects by status per site',
          columns: [
            { name: 'site', type: 'string', label: 'Site' },
            ...statusColumns,
            { name: 'total', type: 'integer', label: 'Total' },
          ],
          rows: siteRows,
        },
      },
      {
        caption: 'Subjects enrolled per month and in total',
        chart: { kind: 'line', x: 'month', series: ['enrolled', 'cumulative'] },
        table: {
          id: 'enrollment-over-time',
          title: 'Enrollment over time',
          columns: [
            { name: 'month', type: 'string', label: 'Month' },
            { name: 'enrolled', type: 'integer', label: 'Enrolled in month' },
            { name: 'cumulative', type: 'integer', label: 'Enrolled in total' },
          ],
          rows: overTime,
        },
      },
    ],
  };
}

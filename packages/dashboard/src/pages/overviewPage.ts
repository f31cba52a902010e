import { getQueryState } from '@imednet/workflows';
import { countBy } from './countBy.ts';
import type { PageContext, PageModel } from './types.ts';

/** Shown for a subject without a status. */
export const NO_STATUS = '(no status)';

/**
 * The overview: subjects by status, records, open queries and the last change.
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await overviewPage({ source, studyKey: 'S', signal, params, now, base });
 */
export async function overviewPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal } = context;
  const [subjects, records, queries] = await Promise.all([
    source.listSubjects(studyKey, signal),
    source.listRecords(studyKey, signal),
    source.listQueries(studyKey, signal),
  ]);
  const live = records.filter((r) => r.deleted !== true);
  const open = queries?.filter((q) => getQueryState(q) === 'open').length;
  let last: Date | null = null;
  for (const item of [...subjects, ...records, ...(queries ?? [])]) {
    if (item.dateModified && (!last || item.dateModified > last)) last = item.dateModified;
  }
  const byStatus = countBy(subjects, (s) => s.subjectStatus ?? NO_STATUS);
  return {
    title: 'Overview',
    ...(queries ? {} : { notice: 'This source holds no queries: open queries are not shown.' }),
    kpis: [
      { id: 'subjects', label: 'Subjects', value: subjects.length },
      { id: 'records', label: 'Records', value: live.length },
      { id: 'openQueries', label: 'Open queries', value: open ?? '–' },
      {
        id: 'lastChange',
        label: 'Last change (UTC)',
        value: last ? last.toISOString().slice(0, 16).replace('T', ' ') : '–',
      },
    ],
    sections: [
      {
        caption: `Subjects by status: ${subjects.length} subjects in ${byStatus.size} statuses`,
        chart: { kind: 'bar', x: 'status', series: ['subjects'] },
        table: {
          id: 'subjects-by-status',
          title: 'Subjects by status',
          columns: [
            { name: 'status', type: 'string', label: 'Status' },
            { name: 'subjects', type: 'integer', label: 'Subjects' },
          ],
          rows: [...byStatus].map(([status, count]) => ({ status, subjects: count })),
        },
      },
    ],
  };
}

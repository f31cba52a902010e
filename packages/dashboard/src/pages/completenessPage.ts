import type { PageContext, PageModel } from './types.ts';

/** Shown for records that belong to no interval (log forms). */
export const NO_INTERVAL = '(no interval)';

/**
 * A record counts as complete when its status says complete and not incomplete
 * ("Record Complete", not "Record Incomplete").
 *
 * @throws never
 * @example
 * isComplete('Record Complete') // true
 */
export function isComplete(status: string | null): boolean {
  return status !== null && /complete/i.test(status) && !/incomplete/i.test(status);
}

/**
 * The completeness page: for each form and interval, the records and the share complete,
 * as a heatmap (each cell also prints its percentage) and a table.
 *
 * @throws whatever the source's lists throw (`ApiError`, ...)
 * @example
 * const model = await completenessPage(context);
 */
export async function completenessPage(context: PageContext): Promise<PageModel> {
  const { source, studyKey, signal } = context;
  const [forms, intervals, records] = await Promise.all([
    source.listForms(studyKey, signal),
    source.listIntervals(studyKey, signal),
    source.listRecords(studyKey, signal),
  ]);
  const formNames = new Map(forms.map((f) => [f.formKey ?? String(f.formId), f.formName]));
  const intervalNames = new Map(intervals.map((i) => [i.intervalId, i.intervalName]));
  const intervalOrder = new Map(intervals.map((i, n) => [i.intervalId, n]));
  const cells = new Map<
    string,
    { form: string; interval: string; order: number; n: number; ok: number }
  >();
  for (const record of records) {
    if (record.deleted === true) continue;
    const formKey = record.formKey ?? String(record.formId);
    const form = formNames.get(formKey) ?? formKey;
    const id = record.intervalId;
    const interval = id === null ? NO_INTERVAL : intervalNames.get(id) || `Interval ${id}`;
    const key = `${form}\0${interval}`;
    const cell = cells.get(key) ?? {
      form,
      interval,
      order: id === null ? Number.MAX_SAFE_INTEGER : (intervalOrder.get(id) ?? intervals.length),
      n: 0,
      ok: 0,
    };
    cell.n++;
    if (isComplete(record.recordStatus)) cell.ok++;
    cells.set(key, cell);
  }
  const rows = [...cells.values()]
    .sort((a, b) => a.order - b.order || a.form.localeCompare(b.form))
    .map((c) => ({
      form: c.form,
      interval: c.interval,
      records: c.n,
      complete: c.ok,
      incomplete: c.n - c.ok,
      percentComplete: Math.round((c.ok / c.n) * 100),
    }));
  const total = rows.reduce((sum, r) => sum + r.records, 0);
  const complete = rows.reduce((sum, r) => sum + r.complete, 0);
  return {
    title: 'Completeness',
    kpis: [
      { id: 'records', label: 'Records', value: total },
      {
        id: 'percentComplete',
        label: 'Complete',
        value: total ? `${Math.round((complete / total) * 100)}%` : '–',
      },
    ],
    sections: [
      {
        caption: 'Share of records complete (%) by form and interval; blank cells have no record',
        chart: { kind: 'heatmap', x: 'interval', y: 'form', value: 'percentComplete' },
        table: {
          id: 'completeness',
          title: 'Record status by form and interval',
          columns: [
            { name: 'form', type: 'string', label: 'Form' },
            { name: 'interval', type: 'string', label: 'Interval' },
            { name: 'records', type: 'integer', label: 'Records' },
            { name: 'complete', type: 'integer', label: 'Complete' },
            { name: 'incomplete', type: 'integer', label: 'Not complete' },
            { name: 'percentComplete', type: 'integer', label: '% complete' },
          ],
          rows,
        },
      },
    ],
  };
}

import { type Client, type FilterObject, isItemNotFoundError } from '@imednet/core';
import {
  type EdcRecord,
  type FiltersOf,
  type Form,
  getVisit,
  type Interval,
  iterateRecords,
  listForms,
  listIntervals,
  listVariables,
  type Variable,
} from '@imednet/resources';
import { narrowFilter } from '../internal/narrowFilter.ts';
import { type ColumnPlan, type ColumnSelection, planColumns } from './planColumns.ts';

/** Options shared by the record mapper's functions. */
export interface RecordMapperOptions extends ColumnSelection {
  /** Further conditions on record fields, applied by the server. */
  records?: FiltersOf<EdcRecord>;
  /** Conditions on record data (`=~` allowed), applied by the server. */
  recordDataFilter?: FiltersOf<Record<string, unknown>>;
  /** Keep records flagged deleted (default false). */
  includeDeleted?: boolean;
  /** Records per request (at most 500). */
  pageSize?: number;
  signal?: AbortSignal;
}

/** The study metadata one mapping run needs, loaded once. */
export interface MapperContext {
  plan: ColumnPlan;
  forms: readonly Form[];
  variables: readonly Variable[];
  intervals: readonly Interval[];
  /** The form key of a record (from its formKey, else its formId), if it is a planned form. */
  formOf(record: EdcRecord): string | undefined;
  /** The interval name of a record: from the interval list, else from its visit. */
  intervalNameOf(record: EdcRecord): Promise<string | null>;
  /** Streams the records of the given forms that pass the options' filters. */
  records(formKeys: readonly string[]): AsyncIterable<EdcRecord>;
}

/**
 * Loads forms, variables and intervals in parallel and plans the columns. Visits are not
 * listed (a study can have very many): a record whose interval is unknown has its visit
 * looked up once, and the answer is remembered for the rest of the run.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request
 * @example
 * const context = await loadMapperContext(client, 'STUDY-1', {});
 * for await (const record of context.records(context.plan.formKeys)) console.log(await context.intervalNameOf(record));
 */
export async function loadMapperContext(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions,
): Promise<MapperContext> {
  const { signal } = options;
  const [forms, variables, intervals] = await Promise.all([
    listForms(client, studyKey, undefined, { signal }),
    listVariables(client, studyKey, undefined, { signal }),
    listIntervals(client, studyKey, undefined, { signal }),
  ]);
  const plan = planColumns(forms, variables, options);
  const formKeyById = new Map<number, string>();
  for (const f of forms) if (f.formKey) formKeyById.set(f.formId, f.formKey);
  for (const v of variables) {
    if (v.formKey && v.formId !== null && !formKeyById.has(v.formId))
      formKeyById.set(v.formId, v.formKey);
  }
  const intervalNames = new Map<number, string>();
  for (const i of intervals) if (i.intervalName) intervalNames.set(i.intervalId, i.intervalName);
  const visitNames = new Map<number, Promise<string | null>>();

  const formOf = (record: EdcRecord): string | undefined => {
    const key =
      record.formKey || (record.formId === null ? undefined : formKeyById.get(record.formId));
    return key !== undefined && plan.byForm.has(key) ? key : undefined;
  };

  const intervalNameOf = (record: EdcRecord): Promise<string | null> => {
    const known = record.intervalId === null ? undefined : intervalNames.get(record.intervalId);
    if (known !== undefined) return Promise.resolve(known);
    if (record.visitId === null) return Promise.resolve(null);
    let name = visitNames.get(record.visitId);
    if (!name) {
      // A visit that no longer exists leaves the name unknown; any other failure is thrown.
      name = getVisit(client, studyKey, record.visitId, { signal }).then(
        (visit) => visit.intervalName || null,
        (error: unknown) => (isItemNotFoundError(error) ? null : Promise.reject(error)),
      );
      visitNames.set(record.visitId, name);
    }
    return name;
  };

  async function* records(formKeys: readonly string[]): AsyncGenerator<EdcRecord> {
    const wanted = new Set(formKeys);
    const filters = narrowFilter(options.records, 'formKey', formKeys) ?? options.records;
    const listOptions = {
      signal,
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
      ...(options.recordDataFilter === undefined
        ? {}
        : { recordDataFilter: options.recordDataFilter }),
    };
    for await (const record of iterateRecords(
      client,
      studyKey,
      filters as FilterObject,
      listOptions,
    )) {
      if (record.deleted === true && !options.includeDeleted) continue;
      const formKey = formOf(record);
      if (formKey !== undefined && wanted.has(formKey)) yield record;
    }
  }

  return { plan, forms, variables, intervals, formOf, intervalNameOf, records };
}

import type { Client, FilterObject } from '@imednet/core';
import {
  type EdcRecord,
  type FiltersOf,
  iterateRecords,
  iterateSubjects,
  iterateVisits,
  type ListRecordsOptions,
  type Subject,
  type Visit,
} from '@imednet/resources';
import { narrowFilter } from '../internal/narrowFilter.ts';

/** Which records {@link extractRecords} yields: each part narrows the result further. */
export interface ExtractRecordsCriteria {
  /** Conditions on record fields, applied by the server. */
  records?: FiltersOf<EdcRecord>;
  /** Only records of subjects matching these conditions. */
  subjects?: FiltersOf<Subject>;
  /** Only records of visits matching these conditions. */
  visits?: FiltersOf<Visit>;
}

/**
 * Streams the records matching record conditions, limited to the subjects and visits that
 * match their own conditions. The API cannot join, so matching subjects and visits are
 * listed first (their ids only are kept); a small set is sent to the server as an OR filter,
 * a large one is matched while the records stream by. Nothing is fetched until iterated.
 *
 * @throws {InvalidInputError} a bad study key or filter (when iteration starts)
 * @throws {ApiError} the server refused a request
 * @example
 * for await (const record of extractRecords(client, 'STUDY-1', {
 *   records: { formKey: 'AE' },
 *   subjects: { siteName: 'Minneapolis' },
 * })) console.log(record.recordId);
 */
export async function* extractRecords(
  client: Client,
  studyKey: string,
  criteria: ExtractRecordsCriteria = {},
  options: ListRecordsOptions = {},
): AsyncGenerator<EdcRecord> {
  const { signal } = options;
  let subjectKeys: Set<string> | null = null;
  let subjectIds: Set<number> | null = null;
  if (criteria.subjects !== undefined) {
    subjectKeys = new Set();
    subjectIds = new Set();
    for await (const s of iterateSubjects(client, studyKey, criteria.subjects, { signal })) {
      if (s.subjectKey) subjectKeys.add(s.subjectKey);
      if (s.subjectId != null) subjectIds.add(s.subjectId);
    }
    if (subjectKeys.size === 0 && subjectIds.size === 0) return;
  }
  let visitIds: Set<number> | null = null;
  if (criteria.visits !== undefined) {
    visitIds = new Set();
    const visitFilters =
      (subjectKeys &&
        subjectKeys.size > 0 &&
        narrowFilter(criteria.visits, 'subjectKey', [...subjectKeys])) ||
      criteria.visits;
    for await (const v of iterateVisits(client, studyKey, visitFilters as FilterObject, {
      signal,
    })) {
      if (subjectKeys && !ofSubject(v, subjectKeys, subjectIds!)) continue;
      visitIds.add(v.visitId);
    }
    if (visitIds.size === 0) return;
  }
  const filters =
    (visitIds && narrowFilter(criteria.records, 'visitId', [...visitIds])) ||
    (subjectKeys &&
      subjectKeys.size > 0 &&
      narrowFilter(criteria.records, 'subjectKey', [...subjectKeys])) ||
    criteria.records;
  for await (const record of iterateRecords(client, studyKey, filters as FilterObject, options)) {
    if (subjectKeys && !ofSubject(record, subjectKeys, subjectIds!)) continue;
    if (visitIds && (record.visitId === null || !visitIds.has(record.visitId))) continue;
    yield record;
  }
}

function ofSubject(
  item: { subjectKey: string | null; subjectId: number | null },
  keys: ReadonlySet<string>,
  ids: ReadonlySet<number>,
): boolean {
  if (item.subjectKey !== null) return keys.has(item.subjectKey);
  return item.subjectId !== null && ids.has(item.subjectId);
}

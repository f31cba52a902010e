import type { CallOptions, Client } from '@imednet/core';
import {
  type EdcRecord,
  getSubject,
  listQueries,
  listRecords,
  listVisits,
  type Query,
  type Subject,
  type Visit,
} from '@imednet/resources';

/** One subject with everything recorded about it. */
export interface SubjectData {
  subject: Subject;
  visits: Visit[];
  records: EdcRecord[];
  queries: Query[];
}

/**
 * A subject with its visits, records and queries, the four fetched in parallel. If one
 * request fails the others are abandoned (aborted) and the error is thrown.
 *
 * @throws {ItemNotFoundError} no subject has this key
 * @throws {InvalidInputError} a bad study or subject key, before any request
 * @throws {ApiError} the server refused a request
 * @example
 * const { subject, visits, records, queries } = await getSubjectData(client, 'STUDY-1', 'S-001');
 */
export async function getSubjectData(
  client: Client,
  studyKey: string,
  subjectKey: string,
  options: CallOptions = {},
): Promise<SubjectData> {
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  const bySubject = { subjectKey };
  const abortOnError = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      controller.abort(error);
      throw error;
    });
  const [subject, visits, records, queries] = await Promise.all([
    abortOnError(getSubject(client, studyKey, subjectKey, { signal })),
    abortOnError(listVisits(client, studyKey, bySubject, { signal })),
    abortOnError(listRecords(client, studyKey, bySubject, { signal })),
    abortOnError(listQueries(client, studyKey, bySubject, { signal })),
  ]);
  return { subject, visits, records, queries };
}

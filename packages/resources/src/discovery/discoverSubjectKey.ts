import type { CallOptions, Client } from '@imednet/core';
import { iterateSubjects } from '../subjects/iterateSubjects.ts';
import { isSubjectEligible } from './eligibility.ts';
import { findFirst } from './findFirst.ts';

/**
 * Finds the key of the first subject whose status is active, registered, baseline or
 * enrolled.
 *
 * @throws {NoLiveDataError} no eligible subject (the statuses seen are listed)
 * @throws {ApiError} the server refused the request
 * @example
 * const subjectKey = await discoverSubjectKey(client, 'PHARMADEMO');
 */
export async function discoverSubjectKey(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<string> {
  const subject = await findFirst(
    iterateSubjects(client, studyKey, undefined, { signal: options.signal, readAhead: 0 }),
    isSubjectEligible,
    (s) => s.subjectStatus,
    'subject',
    studyKey,
  );
  return subject.subjectKey;
}

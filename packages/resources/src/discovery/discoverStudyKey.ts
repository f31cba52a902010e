import type { CallOptions, Client } from '@imednet/core';
import { iterateStudies } from '../studies/iterateStudies.ts';
import { findFirst } from './findFirst.ts';

/**
 * Finds the key of the first study the keys can read, for live tests and demos.
 *
 * @throws {NoLiveDataError} the keys see no study
 * @throws {ApiError} the server refused the request
 * @example
 * const studyKey = await discoverStudyKey(client);
 */
export async function discoverStudyKey(client: Client, options: CallOptions = {}): Promise<string> {
  const study = await findFirst(
    iterateStudies(client, undefined, { signal: options.signal, pageSize: 1, readAhead: 0 }),
    () => true,
    (s) => s.studyType,
    'study',
    null,
  );
  return study.studyKey;
}

import { type Client, type FilterObject, InvalidInputError } from '@imednet/core';
import { type ListOptions, listQueries, type Query } from '@imednet/resources';

/**
 * Every query of one subject. Extra `filters` (an object of query fields) are combined with
 * the subject condition on the server.
 *
 * @throws {InvalidInputError} an empty subject key, or `filters` that name a subjectKey too
 * @throws {ApiError} the server refused a request
 * @example
 * const queries = await getQueriesForSubject(client, 'STUDY-1', 'S-001');
 */
export async function getQueriesForSubject(
  client: Client,
  studyKey: string,
  subjectKey: string,
  filters?: FilterObject<keyof Query & string>,
  options?: ListOptions,
): Promise<Query[]> {
  if (typeof subjectKey !== 'string' || subjectKey === '') {
    throw new InvalidInputError({
      details: [{ field: 'subjectKey', message: 'subjectKey must be a non-empty string' }],
    });
  }
  if (filters?.subjectKey !== undefined) {
    throw new InvalidInputError({
      details: [
        { field: 'subjectKey', message: 'give the subject as the argument, not in filters too' },
      ],
    });
  }
  return listQueries(client, studyKey, { ...filters, subjectKey }, options);
}

import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Subject } from '../schemas/subject.ts';
import { subjects } from './subjects.ts';

/**
 * Iterates over a study's subjects lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateSubjects(client, 'PHARMADEMO', { subjectStatus: ['Enrolled', 'Screened'] })) console.log(item.subjectKey);
 */
export function iterateSubjects(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Subject>,
  options?: ListOptions,
): AsyncIterable<Subject> {
  return iterateResource(client, subjects, studyKey, filters, options);
}

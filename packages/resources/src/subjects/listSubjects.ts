import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Subject } from '../schemas/subject.ts';
import { subjects } from './subjects.ts';

/**
 * Lists a study's subjects, every page, into an array. For large studies prefer
 * `iterateSubjects`, which holds one page at a time.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listSubjects(client, 'PHARMADEMO', { subjectStatus: ['Enrolled', 'Screened'] }, { sort: { subjectKey: 'ASC' } });
 */
export function listSubjects(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Subject>,
  options?: ListOptions,
): Promise<Subject[]> {
  return collect(iterateResource(client, subjects, studyKey, filters, options));
}

import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Subject } from '../schemas/subject.ts';
import { subjects } from './subjects.ts';

/**
 * Fetches one page of a study's subjects (0-based) with the server's paging figures, for
 * user interfaces that page.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listSubjectsPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listSubjectsPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<Subject> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Subject>> {
  return listResourcePage(client, subjects, studyKey, filters, options);
}

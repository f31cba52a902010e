import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { Form } from '../schemas/form.ts';
import { forms } from './forms.ts';

/**
 * Fetches one page of a study's forms (0-based) with the server's paging figures, for
 * user interfaces that page.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listFormsPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listFormsPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<Form> | undefined,
  options: ListOptions & PageOptions,
): Promise<PageResult<Form>> {
  return listResourcePage(client, forms, studyKey, filters, options);
}

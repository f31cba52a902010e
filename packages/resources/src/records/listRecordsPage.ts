import type { Client } from '@imednet/core';
import { listResourcePage } from '../internal/listResourcePage.ts';
import type { FiltersOf, ListRecordsOptions, PageOptions, PageResult } from '../internal/types.ts';
import type { EdcRecord } from '../schemas/record.ts';
import { records } from './records.ts';

/**
 * Fetches one page of a study's records (0-based) with the server's paging figures, for
 * user interfaces that page.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const { items, totalPages } = await listRecordsPage(client, 'PHARMADEMO', undefined, { page: 0, pageSize: 50 });
 */
export function listRecordsPage(
  client: Client,
  studyKey: string,
  filters: FiltersOf<EdcRecord> | undefined,
  options: ListRecordsOptions & PageOptions,
): Promise<PageResult<EdcRecord>> {
  return listResourcePage(client, records, studyKey, filters, options);
}

import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListRecordsOptions } from '../internal/types.ts';
import type { EdcRecord } from '../schemas/record.ts';
import { records } from './records.ts';

/**
 * Lists a study's records, every page, into an array. For large studies prefer
 * `iterateRecords`, which holds one page at a time.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listRecords(client, 'PHARMADEMO', { formKey: 'AE' }, { recordDataFilter: { aeser: 'Y' } });
 */
export function listRecords(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<EdcRecord>,
  options?: ListRecordsOptions,
): Promise<EdcRecord[]> {
  return collect(iterateResource(client, records, studyKey, filters, options));
}

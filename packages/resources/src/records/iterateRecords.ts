import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListRecordsOptions } from '../internal/types.ts';
import type { EdcRecord } from '../schemas/record.ts';
import { records } from './records.ts';

/**
 * Iterates over a study's records lazily, one page (100 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 * The study key is also sent in the filter (`studyKey==<k>` on every OR branch), as the
 * Python SDK does.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateRecords(client, 'PHARMADEMO', { formKey: 'AE' })) console.log(item.recordId);
 */
export function iterateRecords(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<EdcRecord>,
  options?: ListRecordsOptions,
): AsyncIterable<EdcRecord> {
  return iterateResource(client, records, studyKey, filters, options);
}

import type { Client } from '../client/types.ts';
import { MAX_PAGE_SIZE } from '../constants.ts';
import { ResponseValidationError } from '../errors/ResponseValidationError.ts';
import { asObject } from '../internal/asObject.ts';
import { checkInteger } from '../internal/checkInteger.ts';
import { request } from '../request/request.ts';
import type { RequestDescription } from '../request/types.ts';
import type { FetchPageOptions, Page } from './types.ts';

/**
 * Fetches one page of a list: adds `page` and `size` to the query and reads the envelope
 * `{ pagination, data }` of api-contract §3.
 *
 * @throws {InvalidInputError} for a page below 0 or a size outside 1..500.
 * @throws {ResponseValidationError} when the answer has no `data` array.
 * @throws the errors of `request`.
 * @example
 * const first = await fetchPage(client, { method: 'GET', path: ['studies'] }, { page: 0, pageSize: 100 })
 */
export async function fetchPage(
  client: Client,
  description: RequestDescription,
  options: FetchPageOptions,
): Promise<Page<unknown>> {
  const { page, pageSize } = options;
  // The one place paging figures are checked: paginate's first page passes through here
  // before anything is sent.
  checkInteger(page, 'page', 0);
  checkInteger(pageSize, 'pageSize', 1, MAX_PAGE_SIZE);
  const body = await request(
    client,
    { ...description, query: { ...description.query, page, size: pageSize } },
    { signal: options.signal },
  );
  const envelope = asObject(body);
  if (!Array.isArray(envelope?.data)) {
    throw new ResponseValidationError({
      resource: 'envelope',
      path: 'data',
      value: envelope ? envelope.data : body,
      message: 'not a list envelope with a data array',
    });
  }
  const pagination = asObject(envelope.pagination) ?? {};
  return {
    items: envelope.data,
    page: count(pagination.currentPage) ?? page,
    pageSize: count(pagination.size, 1) ?? pageSize,
    totalPages: count(pagination.totalPages),
    totalElements: count(pagination.totalElements),
  };
}

/** An integer >= `min` from a number or a numeric string (seen live), else null. */
function count(value: unknown, min = 0): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min ? n : null;
}

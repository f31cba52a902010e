import type { Client } from '../client/types.ts';
import { DEFAULT_MAX_PAGES, DEFAULT_PAGE_SIZE } from '../constants.ts';
import { PaginationError } from '../errors/PaginationError.ts';
import { checkInteger } from '../internal/checkInteger.ts';
import { buildRequestUrl } from '../request/buildRequestUrl.ts';
import { callHook } from '../request/callHook.ts';
import type { RequestDescription } from '../request/types.ts';
import { fetchPage } from './fetchPage.ts';
import type { Page, PaginateOptions } from './types.ts';

/**
 * Yields the pages of a list, one request per page, lazily (api-contract §3).
 * Stops after page `totalPages - 1`; without `totalPages`, at the first page shorter than the
 * `size` the response reports (or an empty page). A page repeating the previous one, or more
 * than `maxPages` pages, is a PaginationError instead of an endless loop. When the list ends
 * and `totalElements` disagrees with what arrived, it throws (or calls
 * `hooks.onPaginationMismatch` with `onCountMismatch: 'hook'`): never a silently short list.
 *
 * @throws {PaginationError} on a repeated page, too many pages, or a count mismatch.
 * @throws {InvalidInputError} for bad paging options; and the errors of `request`.
 * @example
 * for await (const page of paginate(client, { method: 'GET', path: ['studies', 'S1', 'sites'] })) {
 *   console.log(page.page, page.items.length)
 * }
 */
export async function* paginate(
  client: Client,
  description: RequestDescription,
  options: PaginateOptions = {},
): AsyncGenerator<Page<unknown>, void, undefined> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const startPage = options.startPage ?? 0;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  // page and pageSize are checked by fetchPage before the first request.
  checkInteger(maxPages, 'maxPages', 1);
  const url = buildRequestUrl(client, description);
  let page = startPage;
  let received = 0;
  let previous: string | null = null;
  let last: Page<unknown> | null = null;
  for (;;) {
    if (page - startPage >= maxPages) {
      throw new PaginationError(`${url}: stopped after ${maxPages} pages (maxPages)`, {
        url,
        page,
      });
    }
    const current = await fetchPage(client, description, {
      page,
      pageSize,
      signal: options.signal,
    });
    if (current.items.length > 0) {
      // The size and the two end items, not the whole page: serialising every page again
      // cost about half a JSON.parse per item. A page that repeats has the same ends.
      const { items } = current;
      const signature = JSON.stringify([items.length, items[0], items[items.length - 1]]);
      if (signature === previous) {
        throw new PaginationError(`${url}: page ${page} repeats the previous page`, { url, page });
      }
      previous = signature;
    }
    received += current.items.length;
    last = current;
    yield current;
    if (isLastPage(current, page)) break;
    page += 1;
  }
  if (last?.totalElements == null) return;
  const expected = Math.max(0, last.totalElements - startPage * pageSize);
  if (expected === received) return;
  const mismatch = { url, expected, received };
  // Without a hook to tell, 'hook' would make the mismatch silent: throw instead.
  if (options.onCountMismatch === 'hook' && client.hooks.onPaginationMismatch) {
    callHook(client.hooks.onPaginationMismatch, mismatch);
    return;
  }
  throw new PaginationError(
    `${url}: ${expected} items reported, ${received} arrived (data changed while paging?)`,
    mismatch,
  );
}

function isLastPage(current: Page<unknown>, page: number): boolean {
  if (current.items.length === 0) return true;
  if (current.totalPages !== null) return page >= current.totalPages - 1;
  return current.items.length < current.pageSize;
}

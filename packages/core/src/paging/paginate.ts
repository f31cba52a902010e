import type { Client } from '../client/types.ts';
import { DEFAULT_MAX_PAGES, DEFAULT_READ_AHEAD, DEFAULT_READ_PAGE_SIZE } from '../constants.ts';
import { PaginationError } from '../errors/PaginationError.ts';
import { checkInteger } from '../internal/checkInteger.ts';
import { buildRequestUrl } from '../request/buildRequestUrl.ts';
import { callHook } from '../request/callHook.ts';
import type { RequestDescription } from '../request/types.ts';
import { linkSignal } from '../signals/linkSignal.ts';
import { raceAbort } from '../signals/raceAbort.ts';
import { fetchPage } from './fetchPage.ts';
import { shareWaits } from './shareWaits.ts';
import type { Page, PaginateOptions } from './types.ts';

/**
 * Yields the pages of a list, in order, lazily (api-contract §3). Once a page gives
 * `totalPages`, up to `readAhead` later pages are requested while the caller works on the
 * current one (at most `readAhead + 1` pages held); `readAhead: 0` is one request at a time.
 * A 429 or 503 with `Retry-After` on one of them holds back the others too. An abort rejects
 * at once; leaving the loop cancels the requests in flight; no request starts after either.
 * Stops after page `totalPages - 1`; without `totalPages`, at the first page shorter than the
 * `size` the response reports (or an empty page). A page repeating the previous one, or more
 * than `maxPages` pages, is a PaginationError instead of an endless loop. When the list ends
 * and `totalElements` disagrees with what arrived, it throws (or calls
 * `hooks.onPaginationMismatch` with `onCountMismatch: 'hook'`): never a silently short list.
 *
 * @throws {PaginationError} on a repeated page, too many pages, or a count mismatch.
 * @throws {InvalidInputError} for bad paging options; and the errors of `request`.
 * @throws the signal's reason when `options.signal` aborts.
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
  const pageSize = options.pageSize ?? DEFAULT_READ_PAGE_SIZE;
  const startPage = options.startPage ?? 0;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const readAhead = options.readAhead ?? client.readAhead ?? DEFAULT_READ_AHEAD;
  const { signal } = options;
  // page and pageSize are checked by fetchPage before the first request.
  checkInteger(maxPages, 'maxPages', 1);
  checkInteger(readAhead, 'readAhead', 0);
  const url = buildRequestUrl(client, description);
  // Aborted by the caller's signal, or when this generator ends for any reason (break, error).
  const linked = linkSignal(signal);
  // The first page goes out on the caller's client; read-ahead pages on one that shares waits.
  let sender = client;
  const ahead: Promise<Page<unknown>>[] = [];
  const request = (page: number) =>
    fetchPage(sender, description, { page, pageSize, signal: linked.signal });
  let page = startPage;
  let received = 0;
  let previous: string | null = null;
  let last: Page<unknown> | null = null;
  try {
    for (;;) {
      if (page - startPage >= maxPages) {
        throw new PaginationError({
          message: `${url}: stopped after ${maxPages} pages (maxPages)`,
          url,
          page,
        });
      }
      // raceAbort: an abort rejects now, even if the transport is slow to notice it.
      const current = await raceAbort(ahead.shift() ?? request(page), signal);
      if (current.items.length > 0) {
        // The size and the two end items, not the whole page: serialising every page again
        // cost about half a JSON.parse per item. A page that repeats has the same ends.
        const { items } = current;
        const signature = JSON.stringify([items.length, items[0], items[items.length - 1]]);
        if (signature === previous) {
          throw new PaginationError({
            message: `${url}: page ${page} repeats the previous page`,
            url,
            page,
          });
        }
        previous = signature;
      }
      received += current.items.length;
      last = current;
      const done = isLastPage(current, page);
      if (!done && readAhead > 0 && current.totalPages !== null) {
        // Topped up only once the awaited page has arrived, so the pages held (this one and
        // those requested after it) never exceed readAhead + 1.
        if (sender === client) sender = shareWaits(client, linked.signal);
        const end = Math.min(current.totalPages, startPage + maxPages);
        for (let next = page + 1 + ahead.length; ahead.length < readAhead && next < end; next++) {
          const pending = request(next);
          // Awaited in order later, or dropped on the way out: never an unhandled rejection.
          pending.catch(() => {});
          ahead.push(pending);
        }
      }
      yield current;
      signal?.throwIfAborted();
      if (done) break;
      page += 1;
    }
  } finally {
    linked.controller.abort();
    linked.dispose();
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
  throw new PaginationError({
    message: `${url}: ${expected} items reported, ${received} arrived (data changed while paging?)`,
    ...mismatch,
  });
}

function isLastPage(current: Page<unknown>, page: number): boolean {
  if (current.items.length === 0) return true;
  if (current.totalPages !== null) return page >= current.totalPages - 1;
  return current.items.length < current.pageSize;
}

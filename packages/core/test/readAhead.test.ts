import { describe, expect, test } from 'vitest';
import {
  type ClientOptions,
  collect,
  createRateLimiter,
  isConfigurationError,
  isInvalidInputError,
  isNotFoundError,
  isPaginationError,
  iterateItems,
  type PaginateOptions,
  paginate,
  type RequestDescription,
} from '../src/index.ts';
import { envelope, rejection, testClient } from './helpers.ts';

const LIST: RequestDescription = { method: 'GET', path: ['studies', 'S1', 'records'] };

/** One request as the wire saw it. */
interface Seen {
  page: number;
  at: number;
  signal: AbortSignal | null | undefined;
  settled: boolean;
}

interface WireOptions {
  /** Items in the list; pages are cut by the `size` of each request. */
  total: number;
  /** Answer delay per page and attempt, ms (default: answered on the next macrotask). */
  delay?: (page: number, attempt: number) => number;
  /** A non-200 answer for a page and attempt, or undefined for the page. */
  fault?: (page: number, attempt: number) => Response | undefined;
  /** Leave out totalPages (and totalElements). */
  noTotals?: boolean;
  /** Never answer, and ignore the signal too (a transport that does not listen to it). */
  hang?: (page: number) => boolean;
  /** Items of a page, or undefined for the numbers `page * size ...`. */
  items?: (page: number, size: number) => unknown[] | undefined;
}

/** An injected fetch serving a numbered list, recording every request that reaches it. */
function wire(options: WireOptions) {
  const seen: Seen[] = [];
  const attempts = new Map<number, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    const attempt = (attempts.get(page) ?? 0) + 1;
    attempts.set(page, attempt);
    const entry: Seen = { page, at: Date.now(), signal: init?.signal, settled: false };
    seen.push(entry);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.hang?.(page)) return await new Promise<never>(() => {});
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, options.delay?.(page, attempt) ?? 0);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        });
      });
      const fault = options.fault?.(page, attempt);
      if (fault) return fault;
      const totalPages = Math.ceil(options.total / size);
      const data =
        options.items?.(page, size) ??
        Array.from(
          { length: Math.max(0, Math.min(size, options.total - page * size)) },
          (_, i) => page * size + i,
        );
      const pagination = options.noTotals
        ? { currentPage: page, size }
        : { currentPage: page, size, totalPages, totalElements: options.total };
      return Response.json(envelope(data, pagination));
    } finally {
      entry.settled = true;
      inFlight--;
    }
  };
  return {
    fetch,
    seen,
    pages: () => seen.map((s) => s.page),
    maxInFlight: () => maxInFlight,
    client: (more: ClientOptions = {}) => testClient({ fetch, ...more }),
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function itemsOf(client: ReturnType<typeof testClient>, options: PaginateOptions = {}) {
  return collect(iterateItems(paginate(client, LIST, options), { signal: options.signal }));
}

describe('paginate with read-ahead', () => {
  test('exact page order and every item once, whatever order the answers come in', async () => {
    // Later pages answer first: page p takes (20 - p) ms.
    const net = wire({ total: 95, delay: (page) => 20 - page });
    const items = await itemsOf(net.client(), { pageSize: 10, readAhead: 3 });
    expect(items).toEqual(range(95));
    expect(net.pages().sort((a, b) => a - b)).toEqual(range(10));
    expect(net.maxInFlight()).toBe(3);
  });

  for (const readAhead of [0, 1, 2, 5]) {
    test(`readAhead ${readAhead}: at most readAhead + 1 pages held, counted at the wire`, async () => {
      const net = wire({ total: 200, delay: (page) => (page % 3) * 2 });
      let maxHeld = 0;
      let count = 0;
      for await (const page of paginate(net.client(), LIST, { pageSize: 10, readAhead })) {
        for (const item of page.items) {
          expect(item).toBe(count++);
          // Held: this page and every page requested after it (in flight or answered).
          maxHeld = Math.max(maxHeld, Math.max(...net.pages()) - page.page + 1);
          // Give the read-ahead time to run while the caller "works".
          if (item === page.page * 10) await tick(3);
        }
      }
      expect(count).toBe(200);
      expect(maxHeld).toBe(readAhead + 1);
      expect(net.seen.length).toBe(20);
    });
  }

  test('the client default applies, and the call option wins over it', async () => {
    const a = wire({ total: 60, delay: () => 2 });
    await itemsOf(a.client({ readAhead: 2 }), { pageSize: 10 });
    expect(a.maxInFlight()).toBe(2);
    const b = wire({ total: 60, delay: () => 2 });
    await itemsOf(b.client({ readAhead: 2 }), { pageSize: 10, readAhead: 0 });
    expect(b.maxInFlight()).toBe(1);
    const c = wire({ total: 60, delay: () => 2 });
    expect(c.client({ readAhead: 0 }).readAhead).toBe(0);
    await itemsOf(c.client({ readAhead: 0 }), { pageSize: 10, readAhead: 5 });
    expect(c.maxInFlight()).toBe(5);
  });

  test('without totalPages nothing is read ahead', async () => {
    const net = wire({ total: 45, noTotals: true, delay: () => 1 });
    expect(await itemsOf(net.client(), { pageSize: 10, readAhead: 4 })).toEqual(range(45));
    expect(net.pages()).toEqual([0, 1, 2, 3, 4]);
    expect(net.maxInFlight()).toBe(1);
  });

  test('bad readAhead values are refused', async () => {
    const net = wire({ total: 10 });
    for (const readAhead of [-1, 1.5, Number.NaN]) {
      expect(isInvalidInputError(await rejection(itemsOf(net.client(), { readAhead })))).toBe(true);
      expect(isConfigurationError(await rejection((async () => net.client({ readAhead }))()))).toBe(
        true,
      );
    }
    expect(net.seen).toEqual([]);
  });

  test('an abort in the middle of a page rejects at once and yields nothing further', async () => {
    const net = wire({ total: 100, delay: () => 5 });
    const controller = new AbortController();
    const got: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of iterateItems(
          paginate(net.client(), LIST, { pageSize: 10, readAhead: 3, signal: controller.signal }),
          { signal: controller.signal },
        )) {
          got.push(item);
          if (item === 11) controller.abort();
        }
      })(),
    );
    expect(error.name).toBe('AbortError');
    expect(got).toEqual(range(12));
    const sent = net.seen.length;
    // Everything still in flight was cancelled, and nothing new reaches the wire.
    for (const s of net.seen) expect(s.settled || s.signal?.aborted).toBe(true);
    await tick(30);
    expect(net.seen.length).toBe(sent);
  });

  test('an abort while waiting for a page rejects at once, even if the transport ignores it', async () => {
    const net = wire({ total: 100, hang: (page) => page === 2 });
    const controller = new AbortController();
    const pages = paginate(net.client(), LIST, {
      pageSize: 10,
      readAhead: 2,
      signal: controller.signal,
    });
    expect((await pages.next()).value?.page).toBe(0);
    expect((await pages.next()).value?.page).toBe(1);
    const third = pages.next();
    await tick(5);
    const sent = net.seen.length;
    controller.abort(new Error('user stop'));
    await expect(third).rejects.toThrow('user stop');
    await tick(20);
    expect(net.seen.length).toBe(sent);
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  test('an already aborted signal sends nothing', async () => {
    const net = wire({ total: 100 });
    const error = await rejection(itemsOf(net.client(), { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(net.seen).toEqual([]);
  });

  test('breaking out cancels the requests in flight and starts no other', async () => {
    const net = wire({ total: 200, delay: (page) => [0, 10][page] ?? 500 });
    let n = 0;
    for await (const page of paginate(net.client(), LIST, { pageSize: 10, readAhead: 4 })) {
      if (page.page === 1) {
        await tick(5); // page 5, asked for when page 1 arrived, is on the wire by now
        break;
      }
      n++;
    }
    expect(n).toBe(1);
    // Page 0 answered, page 1 read, pages 2..5 were in flight when the loop was left.
    expect(net.pages()).toEqual([0, 1, 2, 3, 4, 5]);
    const open = net.seen.filter((s) => s.page >= 2);
    for (const s of open) expect(s.signal?.aborted).toBe(true);
    await tick(40);
    expect(net.seen.length).toBe(6);
  });

  test('collect with a limit leaves early the same way', async () => {
    const net = wire({ total: 200, delay: () => 5 });
    const items = await collect(iterateItems(paginate(net.client(), LIST, { pageSize: 10 })), {
      limit: 3,
    });
    expect(items).toEqual([0, 1, 2]);
    const sent = net.seen.length;
    expect(sent).toBeLessThanOrEqual(1 + net.client().readAhead);
    await tick(30);
    expect(net.seen.length).toBe(sent);
  });

  test('a 429 with Retry-After on one page holds back every page in flight', async () => {
    let refusedAt = 0;
    const net = wire({
      total: 100,
      // Page 1 answers after the 429 on page 2, so that page 4 is asked for after it.
      delay: (page) => (page === 1 ? 20 : 3),
      fault: (page, attempt) => {
        if (page !== 2 || attempt !== 1) return undefined;
        refusedAt = Date.now();
        return new Response('{}', { status: 429, headers: { 'retry-after': '0.3' } });
      },
    });
    const items = await itemsOf(net.client(), { pageSize: 10, readAhead: 3 });
    expect(items).toEqual(range(100));
    expect(refusedAt).toBeGreaterThan(0);
    const later = net.seen.filter((s) => s.at > refusedAt);
    // The retry of page 2 and the pages after 3, none before the wait is over.
    expect(later.map((s) => s.page).sort((a, b) => a - b)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    for (const s of later) expect(s.at - refusedAt).toBeGreaterThanOrEqual(295);
  });

  test("the client's rate limiter spaces every page in flight", async () => {
    const net = wire({ total: 60 });
    const client = net.client({
      rateLimit: createRateLimiter({ requestsPerSecond: 50, burst: 1 }),
    });
    expect(await itemsOf(client, { pageSize: 10, readAhead: 4 })).toEqual(range(60));
    // 6 requests at 50 a second with no burst: the last at least 5 intervals after the first.
    expect(net.seen.length).toBe(6);
    expect((net.seen[5]?.at ?? 0) - (net.seen[0]?.at ?? 0)).toBeGreaterThanOrEqual(95);
  });

  test('an error on a page read ahead comes after the pages before it, and is not unhandled', async () => {
    const net = wire({
      total: 100,
      delay: (page) => (page === 4 ? 0 : 10),
      fault: (page) => (page === 4 ? new Response('{}', { status: 404 }) : undefined),
    });
    const got: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of iterateItems(
          paginate(net.client(), LIST, { pageSize: 10, readAhead: 4 }),
        )) {
          got.push(item);
        }
      })(),
    );
    expect(isNotFoundError(error)).toBe(true);
    expect(got).toEqual(range(40));
  });
});

describe('PaginationError checks with read-ahead', () => {
  test('a server repeating a page', async () => {
    const net = wire({ total: 50, items: () => ['same', 'page'] });
    const error = await rejection(itemsOf(net.client(), { pageSize: 2, readAhead: 3 }));
    expect(isPaginationError(error)).toBe(true);
    expect(error.page).toBe(1);
  });

  test('maxPages: nothing is read beyond it', async () => {
    const net = wire({ total: 100 });
    const error = await rejection(
      itemsOf(net.client(), { pageSize: 10, readAhead: 5, maxPages: 3 }),
    );
    expect(isPaginationError(error)).toBe(true);
    expect(error.message).toContain('maxPages');
    expect(net.pages().sort()).toEqual([0, 1, 2]);
  });

  test('totalElements disagreeing with what arrived', async () => {
    // Page 3 comes back short: 95 reported, 93 arrived.
    const net = wire({
      total: 95,
      items: (page, size) => (page === 3 ? range(size - 2).map((i) => page * size + i) : undefined),
    });
    const error = await rejection(itemsOf(net.client(), { pageSize: 10, readAhead: 3 }));
    expect(isPaginationError(error)).toBe(true);
    expect(error.expected).toBe(95);
    expect(error.received).toBe(93);
  });
});

import { describe, expect, it } from 'vitest';
import { iterateRecords, listRecords } from '../src/index.ts';
import { envelope, rejection, testClient } from './helpers.ts';
import { listEnvelope } from './spec.ts';

const TOTAL = 1000;

/** An injected fetch serving TOTAL records (recordId 0..TOTAL-1); it records each page asked. */
function recordsWire() {
  const template = listEnvelope('Records').data[0] as Record<string, unknown>;
  const asked: { page: number; size: number; signal: AbortSignal | null | undefined }[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    asked.push({ page, size, signal: init?.signal });
    await new Promise((resolve) => setTimeout(resolve, 2));
    init?.signal?.throwIfAborted();
    const ids = Array.from(
      { length: Math.max(0, Math.min(size, TOTAL - page * size)) },
      (_, i) => page * size + i,
    );
    const data = ids.map((recordId) => ({ ...template, recordId }));
    const pagination = {
      currentPage: page,
      size,
      totalPages: Math.ceil(TOTAL / size),
      totalElements: TOTAL,
    };
    return Response.json(envelope(data, pagination));
  };
  return { fetch, asked };
}

describe('whole reads with read-ahead', () => {
  it('list: every record once, in order, with the read page size and the client read-ahead', async () => {
    const net = recordsWire();
    const records = await listRecords(testClient({ fetch: net.fetch, readAhead: 3 }), 'S1');
    expect(records.map((r) => r.recordId)).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
    expect(net.asked.map((a) => a.size)).toEqual([500, 500]);
  });

  it('readAhead and pageSize of the call reach the paging', async () => {
    const net = recordsWire();
    let maxAhead = 0;
    let count = 0;
    for await (const r of iterateRecords(testClient({ fetch: net.fetch }), 'S1', undefined, {
      pageSize: 50,
      readAhead: 2,
    })) {
      expect(r.recordId).toBe(count++);
      maxAhead = Math.max(
        maxAhead,
        Math.max(...net.asked.map((a) => a.page)) - Math.floor(r.recordId / 50),
      );
    }
    expect(count).toBe(TOTAL);
    expect(maxAhead).toBe(2);
    expect(net.asked.length).toBe(20);
  });

  it('an abort at item 1 yields nothing further and no request starts after it', async () => {
    const net = recordsWire();
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const r of iterateRecords(testClient({ fetch: net.fetch }), 'S1', undefined, {
          pageSize: 100,
          signal: controller.signal,
        })) {
          seen.push(r.recordId);
          if (seen.length === 2) controller.abort();
        }
      })(),
    );
    expect(error.name).toBe('AbortError');
    expect(seen).toEqual([0, 1]);
    const sent = net.asked.length;
    for (const a of net.asked.slice(1)) expect(a.signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(net.asked.length).toBe(sent);
  });
});

// Faults: the sandbox's transport and server faults on, the SDK must give exactly the records
// of a fault-free run (no duplicate, no gap) or a typed error, never a short result; record
// batches are never posted twice except after a 429.
import { createClient, isAmbiguousWriteError, isImednetError } from '@imednet/core';
import { submitRecords } from '@imednet/jobs';
import {
  discoverFormKey,
  discoverSubjectKey,
  iterateRecords,
  listRecords,
  type RecordInput,
} from '@imednet/resources';
import type { SandboxFault, SandboxFaults, SandboxRequestEntry } from '@imednet/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, recordIdsOf, startSandbox } from './helpers/servers.ts';

const RECORDS = 20_000;
const DATA_SEED = 11;

/** The rates the issue asks for, plus truncated and slow bodies. */
function faultsWith(seed: number): SandboxFaults {
  return {
    seed,
    unavailableRate: 0.1,
    rateLimitedRate: 0.05,
    retryAfterSeconds: 1,
    resetRate: 0.02,
    truncateRate: 0.03,
    slowBodyRate: 0.03,
    slowBodyMs: 20,
  };
}

function clientFor(running: RunningSandbox, retries: number) {
  return createClient({
    ...running.sandbox.credentials,
    baseUrl: running.url,
    retries,
    retryDelay: 2,
    rateLimit: false,
    timeout: 15_000,
  });
}

function faultsSeen(log: readonly SandboxRequestEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of log) if (entry.fault) out[entry.fault] = (out[entry.fault] ?? 0) + 1;
  return out;
}

describe('iterating a 20,000-record study under faults', () => {
  let clean: RunningSandbox;
  let faulty: RunningSandbox;
  const log: SandboxRequestEntry[] = [];
  let studyKey: string;
  let expected: number[];

  beforeAll(async () => {
    clean = await startSandbox({ studyCount: 1, recordsPerStudy: RECORDS, seed: DATA_SEED });
    faulty = await startSandbox({
      studyCount: 1,
      recordsPerStudy: RECORDS,
      seed: DATA_SEED,
      latencyMs: 1,
      faults: faultsWith(16),
      onRequest: (entry) => log.push(entry),
    });
    studyKey = clean.sandbox.studyKeys[0] as string;
    // The fault-free run, through the SDK, checked against the server's own list.
    expected = [];
    for await (const r of iterateRecords(clientFor(clean, 0), studyKey, undefined, {
      pageSize: 500,
    })) {
      expected.push(r.recordId);
    }
    expect(expected).toEqual(await recordIdsOf(clean.sandbox, studyKey));
    expect(expected.length).toBeGreaterThanOrEqual(RECORDS * 0.95);
  });

  afterAll(async () => {
    await clean?.close();
    await faulty?.close();
  });

  it('yields exactly the fault-free ids when retries suffice', async () => {
    log.length = 0;
    const ids: number[] = [];
    const client = clientFor(faulty, 8);
    for await (const r of iterateRecords(client, studyKey, undefined, { pageSize: 500 })) {
      ids.push(r.recordId);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    // The run really went through every kind of fault.
    const seen = faultsSeen(log);
    for (const kind of [
      'unavailable',
      'rateLimited',
      'reset',
      'truncate',
      'slowBody',
    ] as SandboxFault[]) {
      expect(seen[kind], `${kind} in ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    }
  });

  it.each([0, 1])(
    'with %i retries: exactly the ids, or a typed error after a clean prefix',
    async (retries) => {
      log.length = 0;
      const ids: number[] = [];
      let failure: unknown;
      try {
        for await (const r of iterateRecords(clientFor(faulty, retries), studyKey, undefined, {
          pageSize: 500,
        })) {
          ids.push(r.recordId);
        }
      } catch (error) {
        failure = error;
      }
      expect(new Set(ids).size).toBe(ids.length);
      if (failure === undefined) {
        expect(ids).toEqual(expected);
      } else {
        expect(isImednetError(failure), String(failure)).toBe(true);
        expect(ids.length).toBeLessThan(expected.length);
        expect(ids).toEqual(expected.slice(0, ids.length));
      }
      // With no retry at all, 40 pages at a fault rate near 23% cannot all pass.
      if (retries === 0) expect(failure).toBeDefined();
    },
  );
});

describe('a full read sorted on a field that changes, while records change', () => {
  let running: RunningSandbox;
  let studyKey: string;
  let recordsPagesServed = 0;
  let tail: number[] = [];

  beforeAll(async () => {
    running = await startSandbox({
      studyCount: 1,
      recordsPerStudy: 2000,
      seed: DATA_SEED,
      latencyMs: 1,
      faults: { ...faultsWith(23), resetRate: 0, truncateRate: 0 },
      onRequest: (entry) => {
        // After each of the first pages of records, an EDC user edits a record not read yet:
        // it jumps to the front of a dateModified DESC order, shifting the pages after it.
        if (entry.status !== 200 || !/\/records$/.test(entry.path)) return;
        recordsPagesServed += 1;
        const recordId = tail.shift();
        if (recordsPagesServed <= 5 && recordId !== undefined) {
          running.sandbox.updateRecord(studyKey, recordId, { editedMidRead: recordsPagesServed });
        }
      },
    });
    studyKey = running.sandbox.studyKeys[0] as string;
  });

  afterAll(async () => {
    await running?.close();
  });

  it.each([
    ['dateModified,DESC', 0],
    ['dateModified,DESC', 2],
    ['dateModified,ASC', 0],
  ])('sorted by %s (readAhead %i): every record exactly once', async (sort, readAhead) => {
    // The order before any edit (nothing changes during this read: no edit is queued).
    tail = [];
    const order = await listRecords(clientFor(running, 5), studyKey, undefined, { sort });
    const before = order.map((r) => r.recordId);
    // DESC: edit records the read has not reached (they jump to the front, past it); ASC:
    // records it has already read (they jump to the end). Either shifts the pages between.
    tail = sort.endsWith('DESC') ? before.slice(-5).reverse() : before.slice(0, 5);
    recordsPagesServed = 0;
    const ids: number[] = [];
    for await (const r of iterateRecords(clientFor(running, 3), studyKey, undefined, {
      sort,
      pageSize: 100,
      readAhead,
    })) {
      ids.push(r.recordId);
    }
    expect(recordsPagesServed).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual([...before].sort((a, b) => a - b));
  });
});

describe('submitting record batches under faults', () => {
  let running: RunningSandbox;

  beforeAll(async () => {
    running = await startSandbox({
      studyCount: 1,
      recordsPerStudy: 200,
      seed: DATA_SEED,
      faults: faultsWith(9),
    });
  });

  afterAll(async () => {
    await running?.close();
  });

  it('posts no batch twice except after a 429', async () => {
    const client = clientFor(running, 8);
    const studyKey = running.sandbox.studyKeys[0] as string;
    const formKey = await discoverFormKey(client, studyKey);
    const subjectKey = await discoverSubjectKey(client, studyKey);
    const records: RecordInput[] = Array.from({ length: 400 }, (_, i) => ({
      formKey,
      subjectKey,
      data: { marker: `batch-record-${i}` },
    }));
    const results = await submitRecords(client, studyKey, records, { batchSize: 10 });
    expect(results).toHaveLength(40);

    const received = running.sandbox.receivedBatches();
    const byBody = new Map<string, typeof received>();
    for (const batch of received) {
      const key = JSON.stringify(batch.body);
      byBody.set(key, [...(byBody.get(key) ?? []), batch]);
    }
    // Every copy but the last of one body was refused unprocessed with a 429.
    for (const copies of byBody.values()) {
      for (const early of copies.slice(0, -1)) {
        expect(early.status).toBe(429);
        expect(early.batchId).toBeNull();
      }
    }
    // Each batch reached the server, and no POST body was ever seen that we did not send.
    expect(byBody.size).toBe(40);
    // The run met 429s (repeated), 503s and resets (each not repeated).
    const faults = received.map((b) => b.fault).filter(Boolean);
    expect(faults).toContain('rateLimited');
    expect(faults).toContain('unavailable');
    expect(faults).toContain('reset');
    // What the SDK reports matches what the server saw: a batch is SUBMITTED with the id the
    // server created; AMBIGUOUS exactly when the server created a job whose answer was lost
    // (a reset or a cut body); else ERROR with a typed error and no job created.
    const outcomes = new Set<string>();
    for (const result of results) {
      const copies = byBody.get(JSON.stringify(result.records)) ?? [];
      const last = copies.at(-1);
      outcomes.add(result.outcome);
      if (result.outcome === 'SUBMITTED') {
        expect(result.jobRef?.batchId).toBe(last?.batchId);
      } else if (
        result.outcome === 'AMBIGUOUS' ||
        last?.fault === 'reset' ||
        last?.fault === 'truncate'
      ) {
        expect(result.outcome).toBe('AMBIGUOUS');
        expect(isAmbiguousWriteError(result.error), String(result.error)).toBe(true);
        expect(last?.batchId).not.toBeNull();
      } else {
        expect(result.outcome).toBe('ERROR');
        expect(isImednetError(result.error), String(result.error)).toBe(true);
        expect(last?.batchId ?? null).toBeNull();
      }
    }
    expect(outcomes).toContain('AMBIGUOUS');
  });
});

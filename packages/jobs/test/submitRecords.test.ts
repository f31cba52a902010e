import { createClient, isInvalidInputError } from '@imednet/core';
import type { RecordInput } from '@imednet/resources';
import { useNock } from '@imednet/test-support';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { isJobFailedError, type SubmitProgress, submitRecords } from '../src/index.ts';

const BASE = 'http://127.0.0.1:9';
const RECORDS_PATH = '/api/v1/edc/studies/S1/records';
const client = createClient({
  apiKey: 'ak-secret',
  securityKey: 'sk-secret',
  baseUrl: BASE,
  retries: 3,
  retryDelay: 1,
});

const records = (n: number): RecordInput[] =>
  Array.from({ length: n }, (_, i) => ({ formKey: 'AE', subjectKey: `S-${i}`, data: { n: i } }));

/**
 * Accepts every POST, numbering the batch ids, and keeps the bodies received. The scope is
 * persisted: its done() passes once it took at least one POST (`bodies` says how many).
 */
function acceptPosts(bodies: unknown[][], statusFor: (n: number) => number = () => 202) {
  return nock(BASE)
    .persist()
    .post(RECORDS_PATH)
    .reply((_uri, body) => {
      bodies.push(body as unknown[]);
      const n = bodies.length;
      const status = statusFor(n);
      return status === 202
        ? [202, { jobId: `j-${n}`, batchId: `b-${n}`, state: 'CREATED' }]
        : [
            status,
            { metadata: { status: 'ERROR', error: { message: `refused ${n}` } } },
            { 'Retry-After': '0' },
          ];
    });
}

useNock();

describe('submitRecords', () => {
  it('splits records into batches and keeps each batch’s record indexes and job', async () => {
    const bodies: unknown[][] = [];
    const scope = acceptPosts(bodies);
    const input = records(5);
    const progress: SubmitProgress[] = [];
    const batches = await submitRecords(client, 'S1', input, {
      batchSize: 2,
      onProgress: (e) => progress.push(e),
    });
    expect(bodies).toEqual([input.slice(0, 2), input.slice(2, 4), input.slice(4)]);
    expect(batches.map((b) => [b.index, b.recordIndexes, b.jobRef?.batchId, b.outcome])).toEqual([
      [0, [0, 1], 'b-1', 'SUBMITTED'],
      [1, [2, 3], 'b-2', 'SUBMITTED'],
      [2, [4], 'b-3', 'SUBMITTED'],
    ]);
    expect(batches[2]?.records).toEqual([input[4]]);
    expect(
      progress.map((e) => `${e.phase}:${e.batch.index}:${e.posted}/${e.settled}/${e.total}`),
    ).toEqual([
      'posted:0:1/0/3',
      'settled:0:1/1/3',
      'posted:1:2/1/3',
      'settled:1:2/2/3',
      'posted:2:3/2/3',
      'settled:2:3/3/3',
    ]);
    scope.done();
  });

  it('never repeats a POST the server may have processed (5xx), and goes on with the next batch', async () => {
    const bodies: unknown[][] = [];
    const scope = acceptPosts(bodies, (n) => (n === 2 ? 500 : 202));
    const batches = await submitRecords(client, 'S1', records(6), { batchSize: 2 });
    // Three batches, three POSTs: the failed one was not sent again despite retries: 3.
    expect(bodies).toHaveLength(3);
    expect(batches.map((b) => b.outcome)).toEqual(['SUBMITTED', 'ERROR', 'SUBMITTED']);
    expect(batches[1]?.recordIndexes).toEqual([2, 3]);
    expect(batches[1]?.jobRef).toBeNull();
    expect((batches[1]?.error as { status?: number } | undefined)?.status).toBe(500);
    expect(batches[2]?.jobRef?.batchId).toBe('b-3');
    scope.done();
  });

  it('does repeat a POST refused with 429 (core’s retry policy), once per refusal', async () => {
    const bodies: unknown[][] = [];
    const scope = acceptPosts(bodies, (n) => (n === 1 ? 429 : 202));
    const batches = await submitRecords(client, 'S1', records(3), { batchSize: 2 });
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(batches.map((b) => [b.recordIndexes, b.jobRef?.batchId, b.outcome])).toEqual([
      [[0, 1], 'b-2', 'SUBMITTED'],
      [[2], 'b-3', 'SUBMITTED'],
    ]);
    scope.done();
  });

  it('with failFast, sends no more batches after one fails', async () => {
    const bodies: unknown[][] = [];
    const scope = acceptPosts(bodies, (n) => (n === 1 ? 400 : 202));
    const batches = await submitRecords(client, 'S1', records(5), { batchSize: 2, failFast: true });
    expect(bodies).toHaveLength(1);
    expect(batches.map((b) => b.outcome)).toEqual(['ERROR', 'CANCELLED', 'CANCELLED']);
    expect(batches[2]?.recordIndexes).toEqual([4]);
    scope.done();
  });

  it('waits for each batch’s job when asked, and reports failed jobs with their records', async () => {
    const bodies: unknown[][] = [];
    const posts = acceptPosts(bodies);
    const polls = new Map<string, number>();
    const statuses = nock(BASE)
      .persist()
      .get(/\/api\/v1\/edc\/studies\/S1\/jobs\/b-\d+$/)
      .reply((uri) => {
        const batchId = uri.split('/').at(-1) as string;
        const n = (polls.get(batchId) ?? 0) + 1;
        polls.set(batchId, n);
        const state = n === 1 ? 'Processing' : batchId === 'b-2' ? 'Failed' : 'Completed';
        return [200, { batchId, state }];
      });
    const progress: string[] = [];
    const batches = await submitRecords(client, 'S1', records(5), {
      batchSize: 2,
      wait: true,
      interval: 1,
      onProgress: (e) => progress.push(`${e.phase}:${e.batch.index}`),
    });
    expect(batches.map((b) => [b.recordIndexes, b.outcome, b.job?.state])).toEqual([
      [[0, 1], 'SUCCESS', 'Completed'],
      [[2, 3], 'FAILED', 'Failed'],
      [[4], 'SUCCESS', 'Completed'],
    ]);
    expect(isJobFailedError(batches[1]?.error)).toBe(true);
    expect([...polls.values()]).toEqual([2, 2, 2]);
    expect(bodies).toHaveLength(3);
    expect(progress.filter((p) => p.startsWith('settled')).sort()).toEqual([
      'settled:0',
      'settled:1',
      'settled:2',
    ]);
    posts.done();
    statuses.done();
  });

  it('marks the batches not sent as CANCELLED when aborted mid-way', async () => {
    const controller = new AbortController();
    const bodies: unknown[][] = [];
    const scope = nock(BASE)
      .persist()
      .post(RECORDS_PATH)
      .reply((_uri, body) => {
        bodies.push(body as unknown[]);
        if (bodies.length === 2) controller.abort('stop now');
        return [202, { batchId: `b-${bodies.length}`, state: 'CREATED' }];
      });
    const batches = await submitRecords(client, 'S1', records(8), {
      batchSize: 2,
      signal: controller.signal,
    });
    expect(bodies.length).toBe(2);
    expect(batches.map((b) => b.outcome)).toEqual([
      'SUBMITTED',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(batches[3]?.error).toBe('stop now');
    expect(batches[3]?.recordIndexes).toEqual([6, 7]);
    scope.done();
  });

  it.each([
    [records(2), { batchSize: 0 }],
    [records(2), { batchSize: 1.5 }],
    [[{ formKey: 'AE' }] as unknown as RecordInput[], {}],
    [records(2), { wait: true, timeout: -1 }],
  ])('refuses bad input before any request (%#)', async (input, options) => {
    const error = await submitRecords(client, 'S1', input, options).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
  });

  it('checks every record before posting any batch, naming each bad one by its index', async () => {
    const bodies: unknown[][] = [];
    const trap = acceptPosts(bodies);
    const input: RecordInput[] = records(12);
    // In the third and fourth batches: before, the first two batches were already posted.
    input[9] = { formKey: 'AE', data: 'x' } as unknown as RecordInput;
    input[10] = { formKey: 'REG', siteName: 'Site A', subjectKey: 'S-1', data: {} };
    input[11] = { subjectKey: 'S-11', data: {} } as RecordInput;
    const error = await submitRecords(client, 'S1', input, { batchSize: 4 }).catch(
      (e: unknown) => e,
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as { details: unknown[] }).details).toEqual([
      expect.objectContaining({ index: 9, field: 'data' }),
      expect.objectContaining({ index: 10, field: 'subjectKey' }),
      expect.objectContaining({ index: 11, field: 'formKey' }),
    ]);
    expect(bodies).toEqual([]);
    // The trap stays unused on purpose: no batch may be posted.
    expect(trap.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('refuses a bad emailNotify before any request', async () => {
    const bodies: unknown[][] = [];
    const trap = acceptPosts(bodies);
    const error = await submitRecords(client, 'S1', records(2), {
      emailNotify: 'me@example.com\r\nx-evil: 1',
    }).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as { details: unknown[] }).details).toEqual([
      expect.objectContaining({ field: 'emailNotify' }),
    ]);
    expect(bodies).toEqual([]);
    // The trap stays unused on purpose: nothing may be posted.
    expect(trap.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('sends the e-mail notification header with every batch', async () => {
    const scope = nock(BASE, { reqheaders: { 'x-email-notify': 'me@example.com' } })
      .post(RECORDS_PATH)
      .times(2)
      .reply(202, { batchId: 'b', state: 'CREATED' });
    const batches = await submitRecords(client, 'S1', records(3), {
      batchSize: 2,
      emailNotify: 'me@example.com',
    });
    expect(batches.map((b) => b.outcome)).toEqual(['SUBMITTED', 'SUBMITTED']);
    scope.done();
  });

  it('returns no batch for no records', async () => {
    expect(await submitRecords(client, 'S1', [])).toEqual([]);
  });
});

import type { Client } from '@imednet/core';
import type { InferOutput } from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BatchResult,
  getJob,
  type JobOutcome,
  type JobStatus,
  type JobStatusSchema,
  submitRecords,
  waitForJob,
  waitForJobs,
} from '../src/index.ts';

declare const client: Client;

describe('jobs types', () => {
  it('returns the named JobStatus type, the same the schema outputs', () => {
    expectTypeOf(getJob(client, 'S', 'b')).toEqualTypeOf<Promise<JobStatus>>();
    expectTypeOf(waitForJob(client, 'S', 'b')).toEqualTypeOf<Promise<JobStatus>>();
    expectTypeOf<InferOutput<typeof JobStatusSchema>>().toEqualTypeOf<JobStatus>();
    expectTypeOf<JobStatus['batchId']>().toEqualTypeOf<string | null>();
    expectTypeOf<JobStatus['state']>().toEqualTypeOf<string>();
  });

  it('returns one outcome per batch', () => {
    expectTypeOf(waitForJobs(client, 'S', ['a'])).toEqualTypeOf<Promise<JobOutcome[]>>();
    expectTypeOf(submitRecords(client, 'S', [{ formKey: 'AE', data: {} }])).toEqualTypeOf<
      Promise<BatchResult[]>
    >();
    expectTypeOf<BatchResult['recordIndexes']>().toEqualTypeOf<readonly number[]>();
  });
});

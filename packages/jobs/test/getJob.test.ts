import {
  createClient,
  isApiError,
  isInvalidInputError,
  isResponseValidationError,
} from '@imednet/core';
import { useNock } from '@imednet/test-support';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { getJob } from '../src/index.ts';

const BASE = 'http://127.0.0.1:9';
const client = createClient({
  apiKey: 'ak-secret',
  securityKey: 'sk-secret',
  baseUrl: BASE,
  retries: 0,
});

useNock();

describe('getJob', () => {
  it('reads a job status with both auth headers', async () => {
    const scope = nock(BASE, {
      reqheaders: { 'x-api-key': 'ak-secret', 'x-imn-security-key': 'sk-secret' },
    })
      .get('/api/v1/edc/studies/STUDY-1/jobs/b-42')
      .reply(200, {
        jobId: 7,
        batchId: 'b-42',
        state: 'Processing',
        dateCreated: '2024-05-06 07:08:09',
        dateStarted: '2024-05-06T07:08:10.5Z',
        dateFinished: '',
        progress: '40',
        resultUrl: null,
        somethingNew: true,
      });
    const job = await getJob(client, 'STUDY-1', 'b-42');
    expect(job).toEqual({
      jobId: '7',
      batchId: 'b-42',
      state: 'Processing',
      dateCreated: new Date('2024-05-06T07:08:09Z'),
      dateStarted: new Date('2024-05-06T07:08:10.500Z'),
      dateFinished: null,
      progress: 40,
      resultUrl: null,
    });
    scope.done();
  });

  it('accepts a finished job without batchId or dates', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/S/jobs/b-1')
      .reply(200, { jobId: 'j-1', state: '' });
    const job = await getJob(client, 'S', 'b-1');
    expect(job.batchId).toBeNull();
    expect(job.state).toBe('');
    expect(job.dateFinished).toBeNull();
    scope.done();
  });

  it('accepts a job without state when it names its batch', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/S/jobs/b-1')
      .reply(200, { batchId: 'b-1', state: null });
    const job = await getJob(client, 'S', 'b-1');
    expect(job).toMatchObject({ batchId: 'b-1', state: '' });
    scope.done();
  });

  it.each([
    [{}],
    [{ state: null }],
    [{ batchId: null, state: null, jobId: 'j-1' }],
    [{ jobId: 'j-1', dateFinished: '2024-01-02 03:04:05' }],
    [{ data: [], pagination: {} }],
    [{ metadata: { status: 'OK' } }],
  ])('refuses the 200 body %j: neither batchId nor state', async (body) => {
    const scope = nock(BASE).get('/api/v1/edc/studies/S/jobs/b-1').reply(200, body);
    const error = await getJob(client, 'S', 'b-1').catch((e: unknown) => e);
    scope.done();
    expect(isResponseValidationError(error)).toBe(true);
    if (!isResponseValidationError(error)) return;
    expect(error.resource).toBe('job');
    expect(error.value).toEqual(body);
  });

  it("refuses another batch's status", async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/S/jobs/b-1')
      .reply(200, { batchId: 'b-2', state: 'COMPLETED' });
    const error = await getJob(client, 'S', 'b-1').catch((e: unknown) => e);
    scope.done();
    expect(isResponseValidationError(error)).toBe(true);
    if (!isResponseValidationError(error)) return;
    expect(error.path).toBe('batchId');
    expect(error.value).toBe('b-2');
  });

  it('percent-encodes the study key and the batch id', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/MY%20STUDY/jobs/a%3Fb%20c')
      .reply(200, { batchId: 'a?b c', state: 'COMPLETED' });
    const job = await getJob(client, 'MY STUDY', 'a?b c');
    expect(job.state).toBe('COMPLETED');
    scope.done();
  });

  it.each([['a/b'], ['..'], ['%2e%2e'], ['b\r\nx: 1']])(
    'refuses the batch id %j as a path segment before any request (naming it)',
    async (batchId) => {
      const error = await getJob(client, 'S', batchId).catch((e: unknown) => e);
      expect(isInvalidInputError(error)).toBe(true);
      expect((error as Error).message).toContain('after jobs/');
    },
  );

  it.each([[''], ['  ']])('refuses the batch id %j before any request', async (batchId) => {
    const error = await getJob(client, 'S', batchId).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
  });

  it('reports a body that is not a job status as a validation error', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/S/jobs/b-1')
      .reply(200, { state: 'done', dateCreated: '2024-02-30 00:00:00' });
    const error = await getJob(client, 'S', 'b-1').catch((e: unknown) => e);
    scope.done();
    expect(isResponseValidationError(error)).toBe(true);
    if (!isResponseValidationError(error)) return;
    expect(error.path).toBe('dateCreated');
    expect(error.value).toBe('2024-02-30 00:00:00');
  });

  it('reports an empty body as a validation error', async () => {
    const scope = nock(BASE).get('/api/v1/edc/studies/S/jobs/b-1').reply(200, '');
    const error = await getJob(client, 'S', 'b-1').catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    scope.done();
  });

  it('passes an unknown batch on as a 404 API error without the keys in it', async () => {
    const scope = nock(BASE)
      .get('/api/v1/edc/studies/S/jobs/nope')
      .reply(404, { metadata: { status: 'ERROR', error: { message: 'Batch not found' } } });
    const error = await getJob(client, 'S', 'nope').catch((e: unknown) => e);
    expect(isApiError(error, 404)).toBe(true);
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toMatch(
      /ak-secret|sk-secret/,
    );
    scope.done();
  });
});

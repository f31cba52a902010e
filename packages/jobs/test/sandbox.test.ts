import { type AddressInfo, createServer } from 'node:net';
import { createClient, isAmbiguousWriteError, isNetworkError } from '@imednet/core';
import { discoverFormKey, discoverSubjectKey, type RecordInput } from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { type Listening, listen } from '@imednet/sandbox/node';
import { afterEach, describe, expect, it } from 'vitest';
import { getJob, isJobFailedError, submitRecords, waitForJob } from '../src/index.ts';

// Integration against the sandbox served on 127.0.0.1: real HTTP, real job life cycle.
let server: Listening | undefined;
let sandboxes: { close(): void }[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const sandbox of sandboxes) sandbox.close();
  sandboxes = [];
});

async function start(options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = createSandbox({
    studyCount: 1,
    recordsPerStudy: 20,
    jobDurationMs: 40,
    ...options,
  });
  sandboxes.push(sandbox);
  server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  const client = createClient({
    ...sandbox.credentials,
    baseUrl: server.url,
    retries: 2,
    retryDelay: 1,
  });
  const studyKey = sandbox.studyKeys[0] as string;
  return { sandbox, client, studyKey };
}

describe('jobs against the sandbox', () => {
  it('submits batches, waits for their jobs, and keeps a failed job’s records', async () => {
    const { sandbox, client, studyKey } = await start();
    const formKey = await discoverFormKey(client, studyKey);
    const subjectKey = await discoverSubjectKey(client, studyKey);
    const good: RecordInput = { formKey, subjectKey, data: {} };
    // A variable that is not on the form makes the sandbox fail the whole job.
    const bad: RecordInput = { formKey, subjectKey, data: { noSuchVariable: 1 } };
    const records = [good, good, good, bad, good];
    const batches = await submitRecords(client, studyKey, records, {
      batchSize: 3,
      wait: true,
      interval: 10,
      maxInterval: 20,
      timeout: 10_000,
    });
    expect(batches.map((b) => [b.recordIndexes, b.outcome])).toEqual([
      [[0, 1, 2], 'SUCCESS'],
      [[3, 4], 'FAILED'],
    ]);
    expect(batches[0]?.job?.state.toLowerCase()).toBe('completed');
    expect(isJobFailedError(batches[1]?.error)).toBe(true);
    expect(sandbox.receivedBatches()).toHaveLength(2);
    // The failed batch's job id is the one the server gave for that POST.
    expect(batches[1]?.job?.batchId).toBe(batches[1]?.jobRef?.batchId);
  });

  it('follows one job from created to completed', async () => {
    const { client, studyKey } = await start();
    const formKey = await discoverFormKey(client, studyKey);
    const subjectKey = await discoverSubjectKey(client, studyKey);
    const [batch] = await submitRecords(client, studyKey, [{ formKey, subjectKey, data: {} }]);
    const batchId = batch?.jobRef?.batchId as string;
    expect((await getJob(client, studyKey, batchId)).batchId).toBe(batchId);
    const states: string[] = [];
    const job = await waitForJob(client, studyKey, batchId, {
      interval: 5,
      maxInterval: 10,
      onPoll: (e) => states.push(e.job.state),
    });
    expect(job.state).toBe('completed');
    expect(job.dateFinished).toBeInstanceOf(Date);
    expect(states.at(-1)).toBe('completed');
  });

  it.each([[{ resetRate: 1 }], [{ truncateRate: 1 }]])(
    'sends a POST once and reports it AMBIGUOUS when the answer is lost after the server took it (%j)',
    async (faults) => {
      const { sandbox, client, studyKey } = await start({ faults });
      const batches = await submitRecords(client, studyKey, [
        { formKey: 'ANY', subjectKey: 'X', data: {} },
      ]);
      expect(batches[0]?.outcome).toBe('AMBIGUOUS');
      expect(isAmbiguousWriteError(batches[0]?.error)).toBe(true);
      expect(batches[0]?.jobRef).toBeNull();
      expect(batches[0]?.recordIndexes).toEqual([0]);
      // The server created a job, the answer was lost, and the SDK did not send it again.
      expect(sandbox.receivedBatches()).toHaveLength(1);
      expect(sandbox.receivedBatches()[0]?.batchId).not.toBeNull();
    },
  );

  it('reports a POST that never connected as ERROR, not AMBIGUOUS', async () => {
    // A port that was free a moment ago: nothing listens there, the connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const client = createClient({
      apiKey: 'a',
      securityKey: 's',
      baseUrl: `http://127.0.0.1:${port}`,
    });
    const batches = await submitRecords(client, 'S', [{ formKey: 'F', subjectKey: 'X', data: {} }]);
    expect(batches[0]?.outcome).toBe('ERROR');
    expect(isNetworkError(batches[0]?.error)).toBe(true);
  });

  it('repeats a POST only while the server refuses it with 429', async () => {
    const { sandbox, client, studyKey } = await start({
      faults: { rateLimitedRate: 1, retryAfterSeconds: 0 },
    });
    const batches = await submitRecords(client, studyKey, [
      { formKey: 'ANY', subjectKey: 'X', data: {} },
    ]);
    expect(batches[0]?.outcome).toBe('ERROR');
    // One attempt and two retries, none of which created a job.
    expect(sandbox.receivedBatches().map((b) => b.batchId)).toEqual([null, null, null]);
  });
});

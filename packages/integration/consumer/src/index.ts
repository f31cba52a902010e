// What an app writes against the published packages. It is only compiled (tsc --noEmit), by
// scripts/quality.mjs, with node16 and with bundler resolution.

import { runCli } from '@imednet/cli';
import {
  type Client,
  createClient,
  type Filters,
  isApiError,
  isImednetError,
  type Page,
  paginate,
  redactSecrets,
  withOptions,
} from '@imednet/core';
import { writeCsv } from '@imednet/export';
import { writeDuckDb } from '@imednet/export/duckdb';
import { getJob, type JobStatus, submitRecords, waitForJob } from '@imednet/jobs';
import { executePipeline, resolveStudies, type StudyResult } from '@imednet/orchestrator';
import { definePlugin, isPluginLoadError, loadWorkflows } from '@imednet/plugins';
import {
  type EdcRecord,
  iterateRecords,
  listRecords,
  listStudies,
  type RecordInput,
  type Study,
} from '@imednet/resources';
import { createSandbox, type Sandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';
import { createWorkflows, openRecordTable } from '@imednet/workflows';

export async function app(): Promise<void> {
  const sandbox: Sandbox = createSandbox({ studyCount: 1 });
  const server = await listen(sandbox);
  const client: Client = createClient({ ...sandbox.credentials, baseUrl: server.url });
  const quiet = withOptions(client, { retries: 0 });

  const studies: Study[] = await listStudies(client);
  const key: string = studies[0]?.studyKey ?? 'none';
  const filters: Filters<'formKey'> = { formKey: 'AE' };
  const records: EdcRecord[] = await listRecords(quiet, key, filters, { pageSize: 50 });
  for await (const r of iterateRecords(client, key)) {
    const id: number = r.recordId;
    if (id < 0) break;
  }
  for await (const page of paginate(client, { method: 'GET', path: ['studies'] })) {
    const typed: Page<unknown> = page;
    if (typed.items.length === 0) break;
  }

  const input: RecordInput[] = [{ formKey: 'AE', subjectKey: 'S-1', data: { x: 1 } }];
  const batches = await submitRecords(client, key, input, { batchSize: 10 });
  const batchId = batches[0]?.jobRef?.batchId;
  if (batchId) {
    const job: JobStatus = await waitForJob(client, key, batchId, { interval: 100 });
    const again: JobStatus = await getJob(client, key, batchId);
    console.log(job.state, again.state);
  }

  const keys: string[] = await resolveStudies(client, { include: [key] });
  const results: Map<string, StudyResult<number>> = await executePipeline(
    client,
    async (studyKey, c, { signal }) =>
      (await listRecords(c, studyKey, undefined, { signal })).length,
    { include: keys },
  );
  for (const [k, result] of results) console.log(k, result.outcome, result.data);

  const workflows = createWorkflows(client);
  const loaded = await loadWorkflows(client).catch((e: unknown) =>
    isPluginLoadError(e) ? null : e,
  );
  const plugin = definePlugin((c: Client) => createWorkflows(c));
  const { columns, rows } = await openRecordTable(client, key, {});
  console.log(Object.keys(workflows).length, loaded !== undefined, typeof plugin, columns.length);
  void rows;

  void writeCsv;
  void writeDuckDb;
  const code: number = await runCli(['--help'], {
    stdout: process.stdout,
    stderr: process.stderr,
    env: {},
    cwd: process.cwd(),
  } as unknown as Parameters<typeof runCli>[1]);

  try {
    await listRecords(client, '');
  } catch (error) {
    if (isApiError(error, 404) || isImednetError(error))
      console.log(redactSecrets(client, String(error)));
  }
  console.log(records.length, code);
  await server.close();
}

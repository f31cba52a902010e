import type { Client } from '@imednet/core';
import { waitForJob } from '@imednet/jobs';
import {
  createRecords,
  type EdcRecord,
  iterateRecords,
  type RecordInput,
} from '@imednet/resources';
import type { Sandbox } from '@imednet/sandbox';

/** What {@link makeChanges} did, to check against. */
export interface MadeChanges {
  readonly updated: readonly number[];
  readonly created: number;
  readonly deleted: readonly number[];
}

/**
 * Changes a study through the API as a user would: `updates` records get another record's
 * answers and `creates` new records are added (through `createRecords` jobs), and
 * `deletes` records are marked deleted at the sandbox. Values are copied from records of
 * the same form, so they always fit.
 */
export async function makeChanges(
  client: Client,
  sandbox: Sandbox,
  studyKey: string,
  counts: { updates: number; creates: number; deletes: number },
): Promise<MadeChanges> {
  const byForm = new Map<string, EdcRecord[]>();
  for await (const record of iterateRecords(
    client,
    studyKey,
    { deleted: false },
    { pageSize: 500 },
  )) {
    const list = byForm.get(record.formKey!) ?? [];
    list.push(record);
    byForm.set(record.formKey!, list);
  }
  // Forms with enough records to pick from, largest first.
  const forms = [...byForm.values()]
    .filter((list) => list.length >= 4)
    .sort((a, b) => b.length - a.length);
  const items: RecordInput[] = [];
  const updated: number[] = [];
  for (let i = 0; i < counts.updates; i++) {
    const list = forms[i % forms.length]!;
    const target = list[1 + Math.floor(i / forms.length)]!;
    const source = list.find(
      (r) => JSON.stringify(r.recordData) !== JSON.stringify(target.recordData),
    )!;
    items.push({ formKey: target.formKey!, recordId: target.recordId, data: source.recordData! });
    updated.push(target.recordId);
  }
  for (let i = 0; i < counts.creates; i++) {
    const list = forms[i % forms.length]!;
    items.push({
      formKey: list[0]!.formKey!,
      subjectKey: list[0]!.subjectKey!,
      data: list[0]!.recordData!,
    });
  }
  if (items.length > 0) {
    const job = await createRecords(client, studyKey, items);
    const done = await waitForJob(client, studyKey, job.batchId, { interval: 1 });
    if (String(done.state).toLowerCase() !== 'completed') {
      throw new Error(`The change job ended ${done.state}`);
    }
  }
  const deleted: number[] = [];
  for (let i = 0; i < counts.deletes; i++) {
    const list = forms[(i + 1) % forms.length]!;
    const record = list[list.length - 1 - i]!;
    if (!sandbox.deleteRecord(studyKey, record.recordId)) throw new Error('not deleted');
    deleted.push(record.recordId);
  }
  return { updated, created: counts.creates, deleted };
}

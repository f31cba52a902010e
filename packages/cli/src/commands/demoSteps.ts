import type { Client } from '@imednet/core';
import { waitForJob } from '@imednet/jobs';
import type { Pipeline } from '@imednet/orchestrator';
import {
  createRecords,
  iterateQueries,
  iterateRecords,
  iterateSubjects,
  listForms,
  listSites,
  listSubjects,
  listVariables,
  type RecordInput,
} from '@imednet/resources';

/** What the demo's registration step did. */
export interface DemoRegistration {
  studyKey: string;
  siteName: string;
  formKey: string;
  batchId: string;
  state: string;
  subjectKey: string | null;
  waitedMs: number;
}

/**
 * Registers one subject at the first site open for enrollment, through the study's
 * registration form (filled with values that fit its variables), and waits for the job.
 *
 * @throws Error when the study has no open site or no subject form; API and job errors
 * @example
 * const registration = await registerDemoSubject(client, 'PHARMADEMO', signal);
 */
export async function registerDemoSubject(
  client: Client,
  studyKey: string,
  signal: AbortSignal,
): Promise<DemoRegistration> {
  const [sites, forms, before] = await Promise.all([
    listSites(client, studyKey, undefined, { signal }),
    listForms(client, studyKey, undefined, { signal }),
    listSubjects(client, studyKey, undefined, { signal }),
  ]);
  const site = sites.find((item) => !/closed/i.test(item.siteEnrollmentStatus ?? ''));
  const subjectForms = forms.filter(
    (form) => form.formType === 'Subject' && form.disabled !== true,
  );
  const form =
    subjectForms.find((item) => /regist/i.test(`${item.formKey} ${item.formName}`)) ??
    subjectForms[0];
  if (site?.siteName == null || form?.formKey == null) {
    throw new Error(`study ${studyKey} has no site open for enrollment or no subject form`);
  }
  const variables = await listVariables(client, studyKey, { formKey: form.formKey }, { signal });
  const record: RecordInput = {
    formKey: form.formKey,
    siteName: site.siteName,
    data: demoData(variables),
  };
  const started = Date.now();
  const ref = await createRecords(client, studyKey, [record], { signal });
  const job = await waitForJob(client, studyKey, ref.batchId, {
    interval: 100,
    maxInterval: 500,
    timeout: 30_000,
    signal,
  });
  const waitedMs = Date.now() - started;
  const known = new Set(before.map((subject) => subject.subjectKey));
  const after = await listSubjects(client, studyKey, undefined, { signal });
  const added = after.find((subject) => !known.has(subject.subjectKey));
  return {
    studyKey,
    siteName: site.siteName,
    formKey: form.formKey,
    batchId: ref.batchId,
    state: job.state,
    subjectKey: added?.subjectKey ?? null,
    waitedMs,
  };
}

/** Values a registration form accepts: initials, today's date, a ticked box. */
function demoData(
  variables: readonly {
    variableName?: string | null;
    variableType?: string | null;
    disabled?: boolean | null;
  }[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const today = new Date().toISOString().slice(0, 10);
  for (const variable of variables) {
    if (variable.variableName == null || variable.disabled === true) continue;
    const type = (variable.variableType ?? '').toUpperCase();
    if (type === 'TEXT') data[variable.variableName] = 'DEM';
    else if (type === 'DATE') data[variable.variableName] = today;
    else if (type === 'CHECKBOX') data[variable.variableName] = true;
  }
  return data;
}

/** What the demo's pipeline computes per study. */
export interface StudyCounts {
  subjects: number;
  records: number;
  queries: number;
}

/**
 * The demo's pipeline: counts a study's subjects, records and queries, streaming each list
 * page by page (nothing is held in memory but the counts).
 *
 * @throws API errors; the signal's reason on abort
 * @example
 * const results = await executePipeline(client, countStudy);
 */
export const countStudy: Pipeline<StudyCounts> = async (studyKey, client, { signal }) => {
  const count = async (items: AsyncIterable<unknown>): Promise<number> => {
    let n = 0;
    for await (const _ of items) n += 1;
    return n;
  };
  const [subjects, records, queries] = await Promise.all([
    count(iterateSubjects(client, studyKey, undefined, { signal })),
    count(iterateRecords(client, studyKey, undefined, { signal })),
    count(iterateQueries(client, studyKey, undefined, { signal })),
  ]);
  return { subjects, records, queries };
};

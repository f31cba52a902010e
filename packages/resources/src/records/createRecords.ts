import {
  type CallOptions,
  type Client,
  HEADER_EMAIL_NOTIFY,
  InvalidInputError,
  ResponseValidationError,
  request,
} from '@imednet/core';
import { checkRecordInputs, emailNotifyHeader, type RecordInput } from './checkRecordInputs.ts';
import type { FormRecordInput, TypedForm } from './typedForm.ts';

/** The job a `createRecords` call started; poll it with `waitForJob` (`@imednet/jobs`). */
export interface JobRef {
  jobId: string | null;
  batchId: string;
  state: string;
}

/** Options of {@link createRecords}. */
export interface CreateRecordsOptions extends CallOptions {
  /** Ask the server to e-mail when the job ends: `true`, `false` or an e-mail address. */
  emailNotify?: boolean | string;
}

function readJobRef(body: unknown): JobRef {
  const value = (body ?? {}) as Record<string, unknown>;
  for (const field of ['batchId', 'state'] as const) {
    if (typeof value[field] !== 'string' || (field === 'batchId' && value[field] === '')) {
      throw new ResponseValidationError({
        resource: 'createRecords',
        path: field,
        value: value[field],
        message: `expected ${field} as a string in the 202 answer`,
      });
    }
  }
  const jobId = value.jobId;
  if (jobId !== undefined && jobId !== null && typeof jobId !== 'string') {
    throw new ResponseValidationError({ resource: 'createRecords', path: 'jobId', value: jobId });
  }
  return { ...value, jobId: jobId ?? null, batchId: value.batchId, state: value.state } as JobRef;
}

/**
 * Submits records (registrations, new records, updates) for asynchronous processing and
 * returns the job the server started. Every item is checked first; nothing is sent if one
 * fails. The POST is sent once: core retries it only after a 429, which the server answers
 * before processing anything.
 *
 * Given a form type (`createRecords<typeof DmForm>` or a union such as `StudyForms`, from a
 * module `@imednet/codegen` generated), each record's `formKey` and `data` are checked at
 * compile time against that form; without one, any `RecordInput` is accepted.
 *
 * @throws {InvalidInputError} an empty list, an item without formKey/formId or data, a
 *   registration carrying a subject identifier, or a bad `emailNotify` (item index named)
 * @throws {RateLimitError} still rate-limited after the retries
 * @throws {ApiError} the server refused the batch (`BadRequestError`, ...)
 * @throws {ResponseValidationError} the answer has no batchId or state
 * @example
 * const job = await createRecords(client, 'PHARMADEMO', [
 *   { formKey: 'REG', siteName: 'Minneapolis', data: { textField: 'Text value' } },
 * ], { emailNotify: 'me@example.com' });
 * console.log(job.batchId);
 * // Typed by a generated module: a misspelt variable or a wrong value does not compile.
 * await createRecords<typeof DmForm>(client, 'PHARMADEMO', [
 *   { formKey: DM_FORM_KEY, subjectKey: '01-001', data: { SEX: 'F', HEIGHT: 172 } },
 * ]);
 */
export async function createRecords<F extends TypedForm = never>(
  client: Client,
  studyKey: string,
  records: readonly ([F] extends [never] ? RecordInput : FormRecordInput<F>)[],
  options: CreateRecordsOptions = {},
): Promise<JobRef> {
  if (typeof studyKey !== 'string' || studyKey === '') {
    throw new InvalidInputError({
      details: [{ field: 'studyKey', message: 'a study key is required' }],
    });
  }
  checkRecordInputs(records as readonly RecordInput[], options);
  const notify = emailNotifyHeader(options.emailNotify);
  const body = await request(
    client,
    {
      method: 'POST',
      path: ['studies', studyKey, 'records'],
      body: records,
      headers: notify === undefined ? {} : { [HEADER_EMAIL_NOTIFY]: notify },
    },
    { signal: options.signal },
  );
  return readJobRef(body);
}

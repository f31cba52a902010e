import { type Client, InvalidInputError } from '@imednet/core';
import { type JobStatus, type WaitForJobOptions, waitForJob } from '@imednet/jobs';
import { createRecords, type JobRef, type RecordInput } from '@imednet/resources';
import { type ValidateRecordsOptions, validateRecords } from './validateRecords.ts';

/** Options of the record writing workflows. */
export interface WriteRecordsOptions extends ValidateRecordsOptions {
  /** Check the records against the study first (default true); invalid ones are never sent. */
  validate?: boolean;
  /** Wait for the job to end (default false). `true`, or the waiter's options. */
  wait?: boolean | Omit<WaitForJobOptions, 'signal'>;
  /** Ask the server to e-mail when the job ends: `true`, `false` or an address. */
  emailNotify?: boolean | string;
}

/** What a write returns: the job started, and its final status when waited for. */
export interface WriteRecordsResult {
  job: JobRef;
  /** The final job status, or null when not waited for. */
  status: JobStatus | null;
}

/**
 * Creates or updates records: validates them against the study (unless `validate: false`),
 * submits them in one POST, and optionally waits for the job to end.
 *
 * @throws {InvalidInputError} validation found problems (`details` lists each, with record index and field)
 * @throws {JobFailedError} the job ended FAILED or CANCELLED (when waiting)
 * @throws {JobTimeoutError} the job did not end in time (when waiting)
 * @throws {ApiError} the server refused a request
 * @example
 * const { job, status } = await createOrUpdateRecords(client, 'STUDY-1', [
 *   { formKey: 'VS', subjectKey: 'S-001', intervalName: 'Week 1', data: { WEIGHT: 71.5 } },
 * ], { wait: true });
 */
export async function createOrUpdateRecords(
  client: Client,
  studyKey: string,
  records: readonly RecordInput[],
  options: WriteRecordsOptions = {},
): Promise<WriteRecordsResult> {
  const { validate = true, wait = false, emailNotify, signal } = options;
  if (validate) {
    const result = await validateRecords(client, studyKey, records, options);
    if (!result.valid) {
      throw new InvalidInputError({
        details: result.issues,
        message:
          `${result.issues.length} problem(s) in the records; nothing was sent: ` +
          result.issues
            .slice(0, 5)
            .map((i) => `#${i.index} ${i.field}: ${i.message}`)
            .join('; '),
      });
    }
  }
  const job = await createRecords(client, studyKey, records, {
    ...(emailNotify === undefined ? {} : { emailNotify }),
    ...(signal === undefined ? {} : { signal }),
  });
  if (!wait) return { job, status: null };
  const waitOptions: WaitForJobOptions = {
    ...(wait === true ? {} : wait),
    ...(signal === undefined ? {} : { signal }),
  };
  const status = await waitForJob(client, studyKey, job.batchId, waitOptions);
  return { job, status };
}

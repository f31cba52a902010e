import {
  type CallOptions,
  type Client,
  type RequestDescription,
  ResponseValidationError,
  request,
} from '@imednet/core';
import * as v from 'valibot';
import { requireKey } from './internal/requireKey.ts';
import { type JobStatus, JobStatusSchema } from './JobStatus.ts';

/** Options of {@link getJob}. */
export type GetJobOptions = CallOptions;

/**
 * Describes the job status call (`GET /studies/{k}/jobs/{batchId}`), without sending it.
 *
 * @throws {InvalidInputError} when the study key or batch id is not a non-empty string
 * @example
 * describeGetJob('STUDY-1', 'b-42') // { method: 'GET', path: ['studies', 'STUDY-1', 'jobs', 'b-42'] }
 */
export function describeGetJob(studyKey: string, batchId: string): RequestDescription {
  return {
    method: 'GET',
    path: ['studies', requireKey(studyKey, 'studyKey'), 'jobs', requireKey(batchId, 'batchId')],
  };
}

/**
 * Reads the status of one asynchronous job, such as the one `createRecords` started.
 *
 * @throws {InvalidInputError} when the study key or batch id is empty
 * @throws {ApiError} (and its subclasses) when the server refuses, e.g. 404 for an unknown batch
 * @throws {ResponseValidationError} when the answer is not a job status: not an object, a field of
 *   the wrong type, neither `batchId` nor `state`, or the `batchId` of another job
 * @example
 * const job = await getJob(client, 'STUDY-1', ref.batchId)
 * console.log(job.state)
 */
export async function getJob(
  client: Client,
  studyKey: string,
  batchId: string,
  options?: GetJobOptions,
): Promise<JobStatus> {
  const body = await request(client, describeGetJob(studyKey, batchId), options);
  const parsed = v.safeParse(JobStatusSchema, body);
  if (parsed.success) return checkIdentity(parsed.output, body, batchId);
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const value = path === '' ? body : issue.input;
  throw new ResponseValidationError({ resource: 'job', path, value, message: issue.message });
}

/**
 * A 200 carrying neither `batchId` nor `state` (`{}`, an empty list envelope, a proxy's
 * placeholder) says nothing about the job; read as a job it would be '' and so "finished".
 * A finished job may lack one of the two (api-contract §6), never both.
 */
function checkIdentity(job: JobStatus, body: unknown, batchId: string): JobStatus {
  const raw = body as { batchId?: unknown; state?: unknown };
  if ((raw.batchId ?? null) === null && (raw.state ?? null) === null) {
    throw new ResponseValidationError({
      resource: 'job',
      path: '',
      value: body,
      message: 'neither batchId nor state: not a job status',
    });
  }
  if (job.batchId !== null && job.batchId !== batchId) {
    throw new ResponseValidationError({
      resource: 'job',
      path: 'batchId',
      value: job.batchId,
      message: `asked for batch ${JSON.stringify(batchId)}, got another one`,
    });
  }
  return job;
}

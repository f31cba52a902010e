export { isJobFailedError, JobFailedError } from './errors/JobFailedError.ts';
export { isJobTimeoutError, JobTimeoutError } from './errors/JobTimeoutError.ts';
export { type GetJobOptions, getJob } from './getJob.ts';
export { type JobStatus, JobStatusSchema } from './JobStatus.ts';
export {
  type BatchOutcome,
  type BatchResult,
  type SubmitProgress,
  type SubmitRecordsOptions,
  submitRecords,
} from './submitRecords.ts';
export { type PollEvent, type WaitForJobOptions, waitForJob } from './waitForJob.ts';
export {
  type JobOutcome,
  type JobOutcomeKind,
  type WaitForJobsOptions,
  waitForJobs,
} from './waitForJobs.ts';

import {
  type Client,
  FailFastError,
  InvalidInputError,
  integerIssue,
  isAmbiguousWriteError,
  type LinkedController,
  linkSignal,
} from '@imednet/core';
import {
  checkRecordInputs,
  createRecords,
  type JobRef,
  type RecordInput,
} from '@imednet/resources';
import { readTimings } from './internal/readTimings.ts';
import { requireKey } from './internal/requireKey.ts';
import type { JobStatus } from './JobStatus.ts';
import type { WaitForJobOptions } from './waitForJob.ts';
import { type JobOutcomeKind, waitForJobs } from './waitForJobs.ts';

/** Where one batch of {@link submitRecords} ended. */
export type BatchOutcome = JobOutcomeKind | 'SUBMITTED' | 'AMBIGUOUS';

/** One batch of {@link submitRecords}: which records it held, its job, how it ended. */
export interface BatchResult {
  /** 0 for the first batch. */
  index: number;
  /** Positions of this batch's records in the array given to `submitRecords`. */
  recordIndexes: readonly number[];
  records: readonly RecordInput[];
  /** The server's answer to the POST; null when the POST failed or was never sent. */
  jobRef: JobRef | null;
  /** The job's final status (or the last one seen, on TIMEOUT) when waited for; else null. */
  job: JobStatus | null;
  /**
   * SUBMITTED: posted, not waited for; SUCCESS, FAILED, TIMEOUT: as the job ended;
   * AMBIGUOUS: the POST was sent but its answer was lost (`error` is an `AmbiguousWriteError`):
   * the server may have created the job, so check (list the records) before sending them again;
   * ERROR: the POST (then `jobRef` is null) or a poll failed; CANCELLED: stopped by `signal` or
   * `failFast`. A POST interrupted by an abort may still have reached the server too.
   */
  outcome: BatchOutcome;
  error: unknown;
}

/** What {@link SubmitRecordsOptions.onProgress} receives each time a batch moves on. */
export interface SubmitProgress {
  /** 'posted': the POST answered (or failed); 'settled': the batch's outcome is final. */
  phase: 'posted' | 'settled';
  batch: BatchResult;
  posted: number;
  settled: number;
  total: number;
}

/** Options of {@link submitRecords}. Durations in milliseconds. */
export interface SubmitRecordsOptions extends Omit<WaitForJobOptions, 'signal'> {
  /** Records per POST. Default 100. */
  batchSize?: number;
  /** Wait for each batch's job to end. Default false. */
  wait?: boolean;
  /** The `x-email-notify` header: true, false or an e-mail address. */
  emailNotify?: boolean | string;
  /** Jobs waited on at once when `wait` is set. Default 4. */
  concurrency?: number;
  /** After the first batch that does not succeed, post or wait for no more (CANCELLED). */
  failFast?: boolean;
  signal?: AbortSignal;
  onProgress?: (event: SubmitProgress) => void;
}

const DEFAULT_BATCH_SIZE = 100;

type Report = (phase: SubmitProgress['phase'], batch: BatchResult) => void;

/**
 * Creates records in batches: splits them, posts each batch once (one POST at a time; core
 * repeats a POST only after a 429, when the server refused it unprocessed), and optionally
 * waits for each batch's job. Every batch comes back with the indexes of its records, its job
 * and its outcome, so a failure never loses which records it concerned. It never rejects
 * because of one batch; an abort marks the batches not finished as CANCELLED.
 *
 * @returns one result per batch, in order
 * @throws {InvalidInputError} for a bad study key or option, or any bad record (all checked before
 *   the first POST, as `checkRecordInputs` does; `details` give each record's index in `records`)
 * @example
 * const batches = await submitRecords(client, 'STUDY-1', records, { batchSize: 50, wait: true })
 * for (const b of batches) if (b.outcome !== 'SUCCESS') console.log(b.recordIndexes, b.error)
 */
export async function submitRecords(
  client: Client,
  studyKey: string,
  records: readonly RecordInput[],
  options: SubmitRecordsOptions = {},
): Promise<BatchResult[]> {
  const { batchSize = DEFAULT_BATCH_SIZE, wait = false } = options;
  requireKey(studyKey, 'studyKey');
  checkOptions(batchSize, options.concurrency);
  if (wait) readTimings(options);
  // Every record is checked before the first POST, with resources' own checks (those
  // createRecords applies per batch): a bad record is named by its index in `records`, and
  // no batch is sent. An empty list is no work, not an error.
  if (!Array.isArray(records) || records.length > 0) checkRecordInputs(records, options);

  const batches = split(records, batchSize);
  const counts = { posted: 0, settled: 0, total: batches.length };
  const report: Report = (phase, batch) => {
    counts[phase]++;
    options.onProgress?.({ phase, batch, ...counts });
  };
  const link = linkSignal(options.signal);
  try {
    await postAll(client, studyKey, batches, options, link, report);
    if (wait) await waitAll(client, studyKey, batches, options, link.signal, report);
    return batches;
  } finally {
    link.dispose();
  }
}

async function postAll(
  client: Client,
  studyKey: string,
  batches: BatchResult[],
  options: SubmitRecordsOptions,
  link: LinkedController,
  report: Report,
): Promise<void> {
  const { signal } = link;
  for (const batch of batches) {
    if (signal.aborted) {
      batch.error = signal.reason;
      report('settled', batch);
      continue;
    }
    try {
      batch.jobRef = await createRecords(client, studyKey, batch.records, {
        emailNotify: options.emailNotify,
        signal,
      });
      batch.outcome = 'SUBMITTED';
      batch.error = null;
      report('posted', batch);
      if (!options.wait) report('settled', batch);
    } catch (error) {
      batch.outcome = signal.aborted
        ? 'CANCELLED'
        : isAmbiguousWriteError(error)
          ? 'AMBIGUOUS'
          : 'ERROR';
      batch.error = error;
      report('posted', batch);
      report('settled', batch);
      if (options.failFast && !signal.aborted) {
        link.controller.abort(
          new FailFastError({ source: `batch ${batch.index}`, outcome: batch.outcome }),
        );
      }
    }
  }
}

async function waitAll(
  client: Client,
  studyKey: string,
  batches: BatchResult[],
  options: SubmitRecordsOptions,
  signal: AbortSignal,
  report: Report,
): Promise<void> {
  const posted = batches.filter((b) => b.outcome === 'SUBMITTED');
  const { interval, maxInterval, timeout, onPoll, concurrency, failFast } = options;
  await waitForJobs(
    client,
    studyKey,
    posted.map((b) => (b.jobRef as JobRef).batchId),
    {
      interval,
      maxInterval,
      timeout,
      onPoll,
      concurrency,
      failFast,
      signal,
      onSettled: (outcome, index) => {
        const batch = posted[index] as BatchResult;
        batch.outcome = outcome.outcome;
        batch.job = outcome.job;
        batch.error = outcome.error;
        report('settled', batch);
      },
    },
  );
}

function split(records: readonly RecordInput[], size: number): BatchResult[] {
  const batches: BatchResult[] = [];
  for (let start = 0; start < records.length; start += size) {
    const end = Math.min(start + size, records.length);
    batches.push({
      index: batches.length,
      recordIndexes: Array.from({ length: end - start }, (_, i) => start + i),
      records: records.slice(start, end),
      jobRef: null,
      job: null,
      // Until a POST is attempted, a batch counts as cancelled: that is what an abort leaves.
      outcome: 'CANCELLED',
      error: null,
    });
  }
  return batches;
}

function checkOptions(batchSize: unknown, concurrency: unknown): void {
  const issues = [
    integerIssue(batchSize, 'batchSize', 1),
    concurrency === undefined ? null : integerIssue(concurrency, 'concurrency', 1),
  ].filter((issue) => issue !== null);
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
}

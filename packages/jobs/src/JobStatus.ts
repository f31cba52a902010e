import { readTimestamp } from '@imednet/resources';
import * as v from 'valibot';

/**
 * The status of an asynchronous job (`GET /studies/{k}/jobs/{batchId}`). Every field is
 * optional on the wire: a missing one is `null`, never an invented value. `state` keeps the
 * server's letter case; compare it without regard to case (the waiter does).
 */
export interface JobStatus {
  jobId: string | null;
  /** Absent on some finished jobs. */
  batchId: string | null;
  /** As sent, e.g. 'processing', 'COMPLETED'; '' when missing (the API's "finished"). */
  state: string;
  dateCreated: Date | null;
  dateStarted: Date | null;
  dateFinished: Date | null;
  progress: number | null;
  resultUrl: string | null;
  /**
   * Why a failed job failed, as the server sent it (`reasons`): strings kept, any other item as
   * its JSON. Absent when the server sent none.
   */
  reasons?: readonly string[] | undefined;
}

// Ids are strings on the wire, but numbers are just as plausible from a live server.
const id = /* @__PURE__ */ v.optional(
  v.pipe(
    v.nullable(v.union([v.string(), v.pipe(v.number(), v.finite())])),
    v.transform((value) => (value === null ? null : String(value))),
  ),
  null,
);

const date = /* @__PURE__ */ v.optional(
  v.pipe(
    v.nullable(v.string()),
    v.rawTransform<string | null, Date | null>(({ dataset, addIssue, NEVER }) => {
      // resources' reader, so job dates read exactly as record dates do; trimmed first because
      // a blank date on a job status means "not yet" (the reader reports only '' as missing).
      const value = dataset.value === null ? null : readTimestamp(dataset.value.trim());
      if (value !== undefined) return value;
      addIssue({ expected: 'a timestamp', message: 'Expected a timestamp' });
      return NEVER;
    }),
  ),
  null,
);

const progress = /* @__PURE__ */ v.optional(
  v.pipe(
    v.nullable(v.union([v.pipe(v.number(), v.finite()), v.literal(''), v.string()])),
    v.rawTransform<number | string | null, number | null>(({ dataset, addIssue, NEVER }) => {
      const raw = dataset.value;
      if (raw === null || raw === '') return null;
      const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
      if (Number.isFinite(n)) return n;
      addIssue({ expected: 'a number', message: 'Expected a number' });
      return NEVER;
    }),
  ),
  null,
);

/** Decodes a {@link JobStatus}. Unknown fields are dropped. */
export const JobStatusSchema: v.GenericSchema<unknown, JobStatus> = /* @__PURE__ */ v.object({
  jobId: id,
  batchId: id,
  state: v.optional(
    v.pipe(
      v.nullable(v.string()),
      v.transform((value) => value ?? ''),
    ),
    '',
  ),
  dateCreated: date,
  dateStarted: date,
  dateFinished: date,
  progress,
  resultUrl: v.optional(v.nullable(v.string()), null),
  reasons: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value): readonly string[] =>
        (Array.isArray(value) ? value : value === null ? [] : [value]).map((reason) =>
          typeof reason === 'string' ? reason : JSON.stringify(reason),
        ),
      ),
    ),
  ),
});

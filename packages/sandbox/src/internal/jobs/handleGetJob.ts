import { formatTimestamp } from '../dates.ts';
import { type Answer, errorResponse, jsonResponse, type RequestInfo } from '../responses.ts';
import type { JobState, StudyState } from '../study/createStudyState.ts';
import type { World } from '../world.ts';

/** The job as served at `now`: created, then processing, then completed or failed. */
export function describeJob(job: JobState, duration: number, now: number): Record<string, unknown> {
  const started = job.created + Math.floor(duration / 4);
  const finished = job.created + duration;
  const state = job.state ?? (now < started ? 'created' : 'processing');
  const out: Record<string, unknown> = {
    jobId: job.jobId,
    batchId: job.batchId,
    state,
    dateCreated: formatTimestamp(job.created),
  };
  if (state !== 'created') out.dateStarted = formatTimestamp(started);
  if (job.state) out.dateFinished = formatTimestamp(finished);
  out.progress = job.state ? 100 : state === 'processing' ? 50 : 0;
  if (job.state === 'failed') out.reasons = job.reasons;
  return out;
}

/** GET /studies/{k}/jobs/{batchId}: the job's status, or 404 for an unknown batch id. */
export function handleGetJob(
  world: World,
  study: StudyState,
  info: RequestInfo,
  batchId: string,
): Answer {
  const job = study.jobs.get(batchId);
  if (!job) return errorResponse(info, 404, `No job with batch id ${batchId}.`);
  return jsonResponse(200, JSON.stringify(describeJob(job, world.jobDurationMs, info.now)));
}

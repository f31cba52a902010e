import type { Incoming } from '../incoming.ts';
import { uuid } from '../random.ts';
import { type Answer, badRequestResponse, jsonResponse, type RequestInfo } from '../responses.ts';
import { SALT } from '../salts.ts';
import type { StudyState } from '../study/createStudyState.ts';
import type { World } from '../world.ts';
import { checkRecordItems } from './checkRecordItems.ts';

const NOTIFY = /^(true|false|[^\s@]+@[^\s@]+)$/;

/** What a POST did, for the sandbox's log of received batches. */
export interface PostOutcome {
  readonly response: Answer;
  readonly body: unknown;
  readonly batchId: string | null;
}

/**
 * POST /studies/{k}/records: checks the body, then answers 202 with a new job in state
 * `created`. The job's items are resolved and applied when it finishes (see settleJobs).
 */
export async function handlePostRecords(
  world: World,
  study: StudyState,
  info: RequestInfo,
  req: Incoming,
): Promise<PostOutcome> {
  const text = await req.body();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      body,
      batchId: null,
      response: badRequestResponse(info, 'The body is not valid JSON', 'body', null),
    };
  }
  const notify = req.headers.get('x-email-notify');
  if (notify !== null && !NOTIFY.test(notify)) {
    return {
      body,
      batchId: null,
      response: badRequestResponse(
        info,
        'x-email-notify must be true, false or an e-mail address',
        'x-email-notify',
        null,
      ),
    };
  }
  const problem = checkRecordItems(body);
  if (problem) {
    return {
      body,
      batchId: null,
      response: badRequestResponse(info, problem.description, problem.attribute, problem.value),
    };
  }
  const n = ++world.jobCounter;
  const job = {
    jobId: uuid(world.seed, study.base.index, n, SALT.jobId),
    batchId: uuid(world.seed, study.base.index, n, SALT.batchId),
    created: info.now,
    items: body as Record<string, unknown>[],
    state: null,
    reasons: [],
  };
  study.jobs.set(job.batchId, job);
  study.pending.push(job);
  return {
    body,
    batchId: job.batchId,
    response: jsonResponse(
      202,
      JSON.stringify({ jobId: job.jobId, batchId: job.batchId, state: 'created' }),
    ),
  };
}

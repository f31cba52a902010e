import { InvalidParameterError } from '../errors/InvalidParameterError.ts';
import type { Collection } from './collection.ts';
import type { Incoming } from './incoming.ts';
import { handleGetJob } from './jobs/handleGetJob.ts';
import { handlePostRecords, type PostOutcome } from './jobs/handlePostRecords.ts';
import { settleJobs } from './jobs/settleJobs.ts';
import type { ValueKind } from './query/compileFilter.ts';
import { listItems, readListQuery } from './query/listItems.ts';
import {
  type Answer,
  badRequestResponse,
  envelopeResponse,
  errorResponse,
  type RequestInfo,
} from './responses.ts';
import type { StudyState } from './study/createStudyState.ts';
import type { World } from './world.ts';

export const API_PATH = '/api/v1/edc';

const STUDY_LISTS = /* @__PURE__ */ new Set([
  'sites',
  'forms',
  'intervals',
  'visits',
  'subjects',
  'users',
  'variables',
  'codings',
  'queries',
  'recordRevisions',
  'records',
]);

/** Kinds of the recordData variables, for `recordDataFilter`. */
function variableKind(study: StudyState): (name: string) => ValueKind | undefined {
  return (name) => {
    const v = study.base.variablesByName.get(name);
    if (!v) return undefined;
    switch (v.template.type) {
      case 'NUMBER':
      case 'INTEGER':
      case 'FLOAT':
        return 'number';
      case 'DATE':
      case 'DATETIME':
        return 'date';
      case 'CHECKBOX':
        return 'boolean';
      default:
        return 'string';
    }
  };
}

function serveList(
  world: World,
  info: RequestInfo,
  params: URLSearchParams,
  collection: Collection,
  study: StudyState | null,
  name: string,
): Answer {
  try {
    if (name === 'users' && params.has('filter')) {
      throw new InvalidParameterError({
        message: 'users take no filter',
        attribute: 'filter',
        value: params.get('filter')!,
      });
    }
    if (name !== 'records' && params.has('recordDataFilter')) {
      throw new InvalidParameterError({
        message: 'recordDataFilter applies to records only',
        attribute: 'recordDataFilter',
        value: params.get('recordDataFilter')!,
      });
    }
    const query = readListQuery(params, collection);
    const result = listItems(
      collection,
      query,
      study ? { constants: { studyKey: study.base.key }, variableKind: variableKind(study) } : {},
      world.cache,
    );
    return envelopeResponse(
      info,
      query.page,
      query.size,
      result.totalElements,
      result.sort,
      result.items,
    );
  } catch (error) {
    if (error instanceof InvalidParameterError) {
      return badRequestResponse(info, error.message, error.attribute, error.value);
    }
    throw error;
  }
}

/**
 * Routes an authenticated request: the list operations, POST records and the job status.
 * Unknown paths get 404 and unknown study keys 403, as the API does.
 */
export async function handleRequest(
  world: World,
  info: RequestInfo,
  req: Incoming,
): Promise<Answer | PostOutcome> {
  const [root, studyKey, resource, batchId, ...rest] = req.segments;
  if (root !== 'studies' || rest.length > 0) {
    return errorResponse(info, 404, 'The requested resource could not be found.');
  }
  if (studyKey === undefined) {
    if (req.method !== 'GET') return errorResponse(info, 405, 'Method not allowed.');
    return serveList(world, info, req.url.searchParams, world.studyList, null, 'studies');
  }
  if (resource === undefined)
    return errorResponse(info, 404, 'The requested resource could not be found.');
  const isJob = resource === 'jobs' && batchId !== undefined;
  if (!isJob && (batchId !== undefined || !STUDY_LISTS.has(resource))) {
    return errorResponse(info, 404, 'The requested resource could not be found.');
  }
  const study = world.byKey.get(studyKey);
  if (!study) return errorResponse(info, 403, 'Access is forbidden for the provided credentials.');
  settleJobs(world, study, info.now);
  if (req.method === 'POST') {
    if (resource !== 'records') return errorResponse(info, 405, 'Method not allowed.');
    return await handlePostRecords(world, study, info, req);
  }
  if (req.method !== 'GET') return errorResponse(info, 405, 'Method not allowed.');
  if (isJob) return handleGetJob(world, study, info, batchId!);
  const params = req.url.searchParams;
  const collection =
    resource === 'users' && params.get('includeInactive') === 'true'
      ? study.lists.allUsers!
      : study.lists[resource]!;
  if (resource === 'users') {
    const flag = params.get('includeInactive');
    if (flag !== null && flag !== 'true' && flag !== 'false') {
      return badRequestResponse(
        info,
        'includeInactive must be true or false',
        'includeInactive',
        flag,
      );
    }
  }
  return serveList(world, info, params, collection, study, resource);
}

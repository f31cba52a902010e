import type { Client } from '@imednet/core';
import {
  listForms,
  listIntervals,
  listQueries,
  listRecordRevisions,
  listRecords,
  listSites,
  listStudies,
  listSubjects,
  listVisits,
} from '@imednet/resources';
import type { DashboardSource } from './types.ts';

/**
 * The dashboard's data read through the API with the toolkit's list functions. The client
 * (and its keys) stays inside this value; pages only see the lists.
 *
 * @throws never (each list rejects as its resource function does: `ApiError`, ...)
 * @example
 * const dashboard = createDashboard({ source: apiSource(createClient()) });
 */
export function apiSource(client: Client): DashboardSource {
  return {
    listStudies: async (signal) =>
      (await listStudies(client, undefined, { signal })).map(({ studyKey, studyName }) => ({
        studyKey,
        studyName,
      })),
    listSites: (studyKey, signal) => listSites(client, studyKey, undefined, { signal }),
    listSubjects: (studyKey, signal) => listSubjects(client, studyKey, undefined, { signal }),
    listRecords: (studyKey, signal) => listRecords(client, studyKey, undefined, { signal }),
    listForms: (studyKey, signal) => listForms(client, studyKey, undefined, { signal }),
    listIntervals: (studyKey, signal) => listIntervals(client, studyKey, undefined, { signal }),
    listQueries: (studyKey, signal) => listQueries(client, studyKey, undefined, { signal }),
    listVisits: (studyKey, signal) => listVisits(client, studyKey, undefined, { signal }),
    listRecordRevisions: (studyKey, recordId, signal) =>
      listRecordRevisions(client, studyKey, { recordId }, { signal }),
  };
}

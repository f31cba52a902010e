// The benchmark's pipeline: eight sequential reads of one study's structure, so that each
// study costs the API's latency eight times over, as a real extraction would.
import {
  listForms,
  listIntervals,
  listQueries,
  listSites,
  listSubjects,
  listUsers,
  listVariables,
  listVisits,
} from '@imednet/resources';

export async function studyStructure(studyKey, client, { signal }) {
  const counts = {};
  for (const [name, list] of Object.entries({
    sites: listSites,
    forms: listForms,
    intervals: listIntervals,
    variables: listVariables,
    subjects: listSubjects,
    visits: listVisits,
    queries: listQueries,
    users: listUsers,
  })) {
    counts[name] = (await list(client, studyKey, undefined, { signal, pageSize: 500 })).length;
  }
  return counts;
}

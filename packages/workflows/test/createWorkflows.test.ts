import { isWorkflowsNamespace, loadWorkflows } from '@imednet/plugins';
import { describe, expect, it } from 'vitest';
import createWorkflowsDefault, { createWorkflows, getQueryStateCounts } from '../src/index.ts';
import { api, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();

describe('createWorkflows', () => {
  it('is the default export and returns a frozen workflows namespace', () => {
    expect(createWorkflowsDefault).toBe(createWorkflows);
    const ns = createWorkflows(client);
    expect(isWorkflowsNamespace(ns)).toBe(true);
    expect(Object.isFrozen(ns)).toBe(true);
    expect(Object.isFrozen(ns.recordMapper)).toBe(true);
    expect(Object.keys(ns)).toEqual([
      'dataExtraction',
      'queryManagement',
      'recordMapper',
      'recordUpdate',
      'subjectData',
      'studyStructure',
    ]);
    expect(Object.keys(ns.recordUpdate)).toEqual([
      'validateRecords',
      'createOrUpdateRecords',
      'registerSubject',
      'updateScheduledRecord',
      'createNewRecord',
    ]);
  });

  it('binds the client: a member gives what the plain function gives', async () => {
    const scope = api();
    const queries = [{ annotationId: 1, queryComments: [{ sequence: 1, closed: false }] }];
    serve(scope, 'queries', queries);
    const ns = createWorkflows(client);
    expect(await ns.queryManagement.getQueryStateCounts(STUDY)).toEqual(
      await getQueryStateCounts(client, STUDY),
    );
    scope.done();
  });

  it('loads as a plugin through @imednet/plugins', async () => {
    const byFactory = await loadWorkflows(client, createWorkflows);
    expect(Object.keys(byFactory.subjectData)).toEqual(['getSubjectData']);
    const byDefault = await loadWorkflows(client);
    expect(Object.keys(byDefault)).toEqual(Object.keys(byFactory));
  });
});

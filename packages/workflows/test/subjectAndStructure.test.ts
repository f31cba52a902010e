import { isItemNotFoundError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { getStudyStructure, getSubjectData } from '../src/index.ts';
import { api, PATH, rejection, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();

describe('getSubjectData', () => {
  it('fetches the subject, visits, records and queries in parallel', async () => {
    // Each list answers only once all four requests have arrived: proof they run in parallel.
    let arrived = 0;
    const release: (() => void)[] = [];
    const gate = () =>
      new Promise<void>((resolve) => {
        arrived++;
        release.push(resolve);
        if (arrived === 4) for (const r of release) r();
      });
    const answers: Record<string, unknown[]> = {
      subjects: [{ subjectId: 1, subjectKey: 'S1' }],
      visits: [{ visitId: 1, subjectKey: 'S1' }],
      records: [
        { recordId: 1, subjectKey: 'S1' },
        { recordId: 2, subjectKey: 'S1' },
      ],
      queries: [{ annotationId: 1, subjectKey: 'S1' }],
    };
    const filters: string[] = [];
    const scope = api();
    for (const [resource, data] of Object.entries(answers)) {
      scope
        .get(`${PATH}/${resource}`)
        .query(true)
        .reply(async (uri) => {
          filters.push(new URL(uri, 'http://x').searchParams.get('filter')!);
          await gate();
          return [
            200,
            { pagination: { currentPage: 0, totalPages: 1, totalElements: data.length }, data },
          ];
        });
    }
    const result = await getSubjectData(client, STUDY, 'S1');
    expect(result.subject.subjectKey).toBe('S1');
    expect(result.visits).toHaveLength(1);
    expect(result.records.map((r) => r.recordId)).toEqual([1, 2]);
    expect(result.queries).toHaveLength(1);
    expect(filters.every((f) => f.startsWith('subjectKey==S1'))).toBe(true);
    scope.done();
  });

  it('throws ItemNotFoundError for an unknown subject', async () => {
    const scope = api();
    serve(scope, 'subjects', []);
    // the other requests are aborted once the subject is known to be missing
    serve(scope, 'visits', [], [], true);
    serve(scope, 'records', [], [], true);
    serve(scope, 'queries', [], [], true);
    const error = await rejection(getSubjectData(client, STUDY, 'NOPE'));
    expect(isItemNotFoundError(error)).toBe(true);
    scope.done();
  });
});

describe('getStudyStructure', () => {
  it('nests intervals, forms and variables, and lists forms in no interval', async () => {
    const scope = api();
    serve(scope, 'intervals', [
      {
        intervalId: 2,
        intervalName: 'Week 1',
        intervalSequence: 2,
        forms: [{ formId: 10, formKey: 'VS' }],
      },
      {
        intervalId: 1,
        intervalName: 'Screening',
        intervalSequence: 1,
        forms: [
          { formId: 11, formKey: 'DM' },
          { formId: null, formKey: 'VS' },
        ],
      },
    ]);
    serve(scope, 'forms', [
      { formId: 10, formKey: 'VS' },
      { formId: 11, formKey: 'DM' },
      { formId: 12, formKey: 'AE' },
    ]);
    serve(scope, 'variables', [
      { variableId: 3, formId: 10, variableName: 'WEIGHT', sequence: 2 },
      { variableId: 4, formId: 10, variableName: 'HEIGHT', sequence: 1 },
      { variableId: 5, formId: 11, variableName: 'AGE', sequence: 1 },
      { variableId: 6, formId: 11, variableName: 'OLD', sequence: 2, deleted: true },
      { variableId: 7, formKey: 'AE', variableName: 'AETERM', sequence: 1 },
    ]);
    const structure = await getStudyStructure(client, STUDY);
    expect(structure.studyKey).toBe(STUDY);
    expect(structure.intervals.map((i) => [i.intervalName, i.forms.map((f) => f.formKey)])).toEqual(
      [
        ['Screening', ['DM', 'VS']],
        ['Week 1', ['VS']],
      ],
    );
    const vs = structure.intervals[1]!.forms[0]!;
    expect(vs.variables.map((v) => v.variableName)).toEqual(['HEIGHT', 'WEIGHT']);
    expect(structure.intervals[0]!.forms[0]!.variables.map((v) => v.variableName)).toEqual(['AGE']);
    expect(
      structure.unscheduledForms.map((f) => [f.formKey, f.variables.map((v) => v.variableName)]),
    ).toEqual([['AE', ['AETERM']]]);
    scope.done();
  });
});

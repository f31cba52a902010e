import type { CommandSpec } from '../cli/commandSpec.ts';
import type { GetResource } from './getResource.ts';

const GET_RESOURCES: readonly GetResource[] = [
  { word: 'studies', noun: 'study', get: 'getStudy', example: 'MY-STUDY' },
  { word: 'sites', noun: 'site', get: 'getSite', id: 'siteId', numeric: true, example: '12' },
  { word: 'subjects', noun: 'subject', get: 'getSubject', id: 'subjectKey', example: '01-001' },
  { word: 'forms', noun: 'form', get: 'getForm', id: 'formId', numeric: true, example: '3' },
  {
    word: 'intervals',
    noun: 'interval',
    get: 'getInterval',
    id: 'intervalId',
    numeric: true,
    example: '2',
  },
  {
    word: 'variables',
    noun: 'variable',
    get: 'getVariable',
    id: 'variableId',
    numeric: true,
    example: '41',
  },
  { word: 'visits', noun: 'visit', get: 'getVisit', id: 'visitId', numeric: true, example: '9' },
  {
    word: 'records',
    noun: 'record',
    get: 'getRecord',
    id: 'recordId',
    numeric: true,
    example: '1001',
  },
  {
    word: 'record-revisions',
    noun: 'record revision',
    get: 'getRecordRevision',
    id: 'recordRevisionId',
    numeric: true,
    example: '5',
  },
  {
    word: 'queries',
    noun: 'query',
    get: 'getQuery',
    id: 'annotationId',
    numeric: true,
    example: '77',
  },
  { word: 'users', noun: 'user', get: 'getUser', id: 'userId', example: 'a1b2c3' },
  { word: 'codings', noun: 'coding', get: 'getCoding', id: 'codingId', example: '15' },
];

/**
 * The `get` command of every resource: `imednet records get <studyKey> <recordId>` prints
 * one item with every field; an id that matches nothing is a runtime error (exit 1,
 * `ITEM_NOT_FOUND`).
 *
 * @throws never
 * @example
 * const commands = createGetCommands();
 */
export function createGetCommands(): CommandSpec[] {
  return GET_RESOURCES.map((resource) => ({
    path: [resource.word, 'get'],
    summary: `show one ${resource.noun} with every field`,
    arguments: [
      { name: 'studyKey', required: true, description: 'the study key, e.g. MY-STUDY' },
      ...(resource.id === undefined
        ? []
        : [
            {
              name: resource.id,
              required: true,
              description: `the ${resource.noun}'s ${resource.id}${resource.numeric ? ' (an integer)' : ''}`,
            },
          ]),
    ],
    options: {},
    examples: [
      `imednet ${resource.word} get ${resource.id === undefined ? resource.example : `MY-STUDY ${resource.example}`} --json`,
    ],
    run: async (context) => (await import('./runGet.ts')).runGet(context, resource),
  }));
}

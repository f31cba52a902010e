import type { Client } from '@imednet/core';
import {
  iterateCodings,
  iterateForms,
  iterateIntervals,
  iterateQueries,
  iterateRecordRevisions,
  iterateRecords,
  iterateSites,
  iterateStudies,
  iterateSubjects,
  iterateUsers,
  iterateVariables,
  iterateVisits,
} from '@imednet/resources';
import type { CommandSpec } from '../cli/command-spec.js';
import { defineListCommand, type ListCall } from './define-list-command.js';

// The resource functions take their own typed filters and options; the CLI hands them the
// raw filter string and the options it read, which every one of them accepts.
type AnyIterate = (client: Client, ...args: never[]) => AsyncIterable<object>;
const perStudy =
  (iterate: AnyIterate) =>
  (client: Client, call: ListCall): AsyncIterable<object> =>
    (iterate as unknown as (c: Client, k: string, f: unknown, o: unknown) => AsyncIterable<object>)(
      client,
      call.studyKey!,
      call.filter,
      call.options,
    );

/**
 * The `list` command of every resource: studies, then the 11 per-study resources.
 *
 * @throws never
 * @example
 * const commands = createListCommands();
 */
export function createListCommands(): CommandSpec[] {
  return [
    defineListCommand({
      word: 'studies',
      noun: 'studies',
      perStudy: false,
      tableColumns: ['studyKey', 'studyName', 'studyType', 'sponsorKey', 'dateCreated'],
      iterate: (client, call) => iterateStudies(client, call.filter, call.options),
    }),
    defineListCommand({
      word: 'sites',
      noun: 'sites',
      perStudy: true,
      tableColumns: ['siteId', 'siteName', 'siteEnrollmentStatus', 'dateCreated'],
      iterate: perStudy(iterateSites),
    }),
    defineListCommand({
      word: 'subjects',
      noun: 'subjects',
      perStudy: true,
      tableColumns: [
        'subjectKey',
        'subjectStatus',
        'siteName',
        'enrollmentStartDate',
        'dateModified',
      ],
      iterate: perStudy(iterateSubjects),
    }),
    defineListCommand({
      word: 'forms',
      noun: 'forms',
      perStudy: true,
      tableColumns: ['formId', 'formKey', 'formName', 'formType', 'revision', 'disabled'],
      iterate: perStudy(iterateForms),
    }),
    defineListCommand({
      word: 'intervals',
      noun: 'intervals',
      perStudy: true,
      tableColumns: [
        'intervalId',
        'intervalName',
        'intervalSequence',
        'intervalGroupName',
        'disabled',
      ],
      iterate: perStudy(iterateIntervals),
    }),
    defineListCommand({
      word: 'variables',
      noun: 'variables',
      perStudy: true,
      tableColumns: ['variableId', 'formKey', 'variableName', 'variableType', 'label'],
      iterate: perStudy(iterateVariables),
    }),
    defineListCommand({
      word: 'visits',
      noun: 'visits',
      perStudy: true,
      tableColumns: ['visitId', 'subjectKey', 'intervalName', 'visitDate', 'startDate', 'endDate'],
      iterate: perStudy(iterateVisits),
    }),
    defineListCommand({
      word: 'records',
      noun: 'records',
      perStudy: true,
      tableColumns: [
        'recordId',
        'subjectKey',
        'formKey',
        'intervalId',
        'recordStatus',
        'dateModified',
      ],
      extraOptions: {
        'record-filter': {
          type: 'string',
          multiple: true,
          valueName: '<expr>',
          description:
            "a condition on recordData variables, e.g. 'AETERM=~headache' (=~ means contains)",
        },
      },
      iterate: perStudy(iterateRecords),
    }),
    defineListCommand({
      word: 'record-revisions',
      noun: 'record revisions',
      perStudy: true,
      tableColumns: [
        'recordRevisionId',
        'recordId',
        'subjectKey',
        'formKey',
        'recordStatus',
        'user',
        'dateCreated',
      ],
      iterate: perStudy(iterateRecordRevisions),
    }),
    defineListCommand({
      word: 'queries',
      noun: 'queries',
      perStudy: true,
      tableColumns: [
        'annotationId',
        'subjectKey',
        'variable',
        'annotationType',
        'description',
        'dateCreated',
      ],
      iterate: perStudy(iterateQueries),
    }),
    defineListCommand({
      word: 'users',
      noun: 'users',
      perStudy: true,
      tableColumns: ['login', 'firstName', 'lastName', 'email', 'userActiveInStudy'],
      extraOptions: {
        'include-inactive': {
          type: 'boolean',
          description: 'also list users no longer active in the study',
        },
      },
      iterate: perStudy(iterateUsers),
    }),
    defineListCommand({
      word: 'codings',
      noun: 'codings',
      perStudy: true,
      tableColumns: [
        'codingId',
        'subjectKey',
        'formKey',
        'variable',
        'value',
        'code',
        'dictionaryName',
      ],
      iterate: perStudy(iterateCodings),
    }),
  ];
}

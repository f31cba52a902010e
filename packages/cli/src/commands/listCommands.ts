import type { CommandSpec } from '../cli/commandSpec.ts';
import { QUERY_COLUMNS, REVISION_COLUMNS } from '../output/tableColumns.ts';
import { defineListCommand } from './defineListCommand.ts';

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
      iterate: 'iterateStudies',
    }),
    defineListCommand({
      word: 'sites',
      noun: 'sites',
      perStudy: true,
      tableColumns: ['siteId', 'siteName', 'siteEnrollmentStatus', 'dateCreated'],
      iterate: 'iterateSites',
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
      iterate: 'iterateSubjects',
    }),
    defineListCommand({
      word: 'forms',
      noun: 'forms',
      perStudy: true,
      tableColumns: ['formId', 'formKey', 'formName', 'formType', 'revision', 'disabled'],
      iterate: 'iterateForms',
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
      iterate: 'iterateIntervals',
    }),
    defineListCommand({
      word: 'variables',
      noun: 'variables',
      perStudy: true,
      tableColumns: ['variableId', 'formKey', 'variableName', 'variableType', 'label'],
      iterate: 'iterateVariables',
    }),
    defineListCommand({
      word: 'visits',
      noun: 'visits',
      perStudy: true,
      tableColumns: ['visitId', 'subjectKey', 'intervalName', 'visitDate', 'startDate', 'endDate'],
      iterate: 'iterateVisits',
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
      iterate: 'iterateRecords',
    }),
    defineListCommand({
      word: 'record-revisions',
      noun: 'record revisions',
      perStudy: true,
      tableColumns: REVISION_COLUMNS,
      iterate: 'iterateRecordRevisions',
    }),
    defineListCommand({
      word: 'queries',
      noun: 'queries',
      perStudy: true,
      tableColumns: QUERY_COLUMNS,
      iterate: 'iterateQueries',
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
      iterate: 'iterateUsers',
      sortExample: 'login,ASC',
      // The API's users list has no filter parameter.
      filterable: false,
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
      iterate: 'iterateCodings',
      sortExample: 'dateCoded,DESC',
    }),
  ];
}

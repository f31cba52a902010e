import { type Client, InvalidInputError } from '@imednet/core';
import {
  createOrUpdateRecords,
  type WriteRecordsOptions,
  type WriteRecordsResult,
} from './createOrUpdateRecords.ts';

/** An update of a subject's record scheduled in an interval. */
export interface UpdateScheduledRecordInput {
  formKey?: string;
  formId?: number;
  subjectKey?: string;
  subjectId?: number;
  subjectOid?: string;
  intervalName?: string;
  intervalId?: number;
  data: Readonly<Record<string, unknown>>;
}

/**
 * Fills in or updates the record of a form scheduled for a subject in an interval.
 *
 * @throws {InvalidInputError} no subject or no interval given, or validation problems
 * @throws {JobFailedError} / {JobTimeoutError} when waiting and the job fails or does not end
 * @throws {ApiError} the server refused a request
 * @example
 * await updateScheduledRecord(client, 'STUDY-1', {
 *   formKey: 'VS', subjectKey: 'S-001', intervalName: 'Week 1', data: { WEIGHT: 71.5 },
 * }, { wait: true });
 */
export function updateScheduledRecord(
  client: Client,
  studyKey: string,
  input: UpdateScheduledRecordInput,
  options?: WriteRecordsOptions,
): Promise<WriteRecordsResult> {
  const issues = [];
  if (
    input.subjectKey === undefined &&
    input.subjectId === undefined &&
    input.subjectOid === undefined
  ) {
    issues.push({
      index: 0,
      field: 'subjectKey',
      message: 'give subjectKey, subjectId or subjectOid',
    });
  }
  if (input.intervalName === undefined && input.intervalId === undefined) {
    issues.push({ index: 0, field: 'intervalName', message: 'give intervalName or intervalId' });
  }
  if (issues.length > 0) return Promise.reject(new InvalidInputError({ details: issues }));
  return createOrUpdateRecords(client, studyKey, [input], options);
}

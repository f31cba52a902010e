import { type Client, InvalidInputError } from '@imednet/core';
import {
  createOrUpdateRecords,
  type WriteRecordsOptions,
  type WriteRecordsResult,
} from './createOrUpdateRecords.ts';

/** A new (unscheduled) record for an existing subject. */
export interface CreateNewRecordInput {
  formKey?: string;
  formId?: number;
  subjectKey?: string;
  subjectId?: number;
  subjectOid?: string;
  data: Readonly<Record<string, unknown>>;
}

/**
 * Adds a new record of a form (an unscheduled or log form) to an existing subject.
 *
 * @throws {InvalidInputError} no subject given, or validation problems
 * @throws {JobFailedError} / {JobTimeoutError} when waiting and the job fails or does not end
 * @throws {ApiError} the server refused a request
 * @example
 * await createNewRecord(client, 'STUDY-1', { formKey: 'AE', subjectKey: 'S-001', data: { AETERM: 'Headache' } });
 */
export function createNewRecord(
  client: Client,
  studyKey: string,
  input: CreateNewRecordInput,
  options?: WriteRecordsOptions,
): Promise<WriteRecordsResult> {
  if (
    input.subjectKey === undefined &&
    input.subjectId === undefined &&
    input.subjectOid === undefined
  ) {
    return Promise.reject(
      new InvalidInputError({
        details: [
          { index: 0, field: 'subjectKey', message: 'give subjectKey, subjectId or subjectOid' },
        ],
      }),
    );
  }
  return createOrUpdateRecords(client, studyKey, [input], options);
}

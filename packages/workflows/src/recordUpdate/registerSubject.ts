import { type Client, InvalidInputError } from '@imednet/core';
import {
  createOrUpdateRecords,
  type WriteRecordsOptions,
  type WriteRecordsResult,
} from './createOrUpdateRecords.ts';

/** A subject registration: the registration form, the site, and the form's data. */
export interface RegisterSubjectInput {
  formKey?: string;
  formId?: number;
  siteName?: string;
  siteId?: number;
  data: Readonly<Record<string, unknown>>;
}

/**
 * Registers a new subject at a site by submitting its registration form. The server assigns
 * the subject key, so none may be given.
 *
 * @throws {InvalidInputError} no form or site, a subject identifier given, or validation problems
 * @throws {JobFailedError} / {JobTimeoutError} when waiting and the job fails or does not end
 * @throws {ApiError} the server refused a request
 * @example
 * const { job } = await registerSubject(client, 'STUDY-1', {
 *   formKey: 'REG', siteName: 'Minneapolis', data: { INITIALS: 'AB' },
 * });
 */
export function registerSubject(
  client: Client,
  studyKey: string,
  input: RegisterSubjectInput,
  options?: WriteRecordsOptions,
): Promise<WriteRecordsResult> {
  const record = { ...input } as Record<string, unknown>;
  for (const field of ['subjectKey', 'subjectId', 'subjectOid', 'recordId', 'recordOid']) {
    if (record[field] !== undefined) {
      return Promise.reject(
        new InvalidInputError({
          details: [
            {
              index: 0,
              field,
              message: `a registration must not carry ${field}: the server assigns the subject`,
            },
          ],
        }),
      );
    }
  }
  if (input.siteName === undefined && input.siteId === undefined) {
    return Promise.reject(
      new InvalidInputError({
        details: [
          { index: 0, field: 'siteName', message: 'a registration needs siteName or siteId' },
        ],
      }),
    );
  }
  return createOrUpdateRecords(client, studyKey, [input], options);
}

import type { CallOptions, Client } from '@imednet/core';
import { iterateForms } from '../forms/iterateForms.ts';
import { findFirst } from './findFirst.ts';
import { NoLiveDataError } from './NoLiveDataError.ts';

/**
 * Finds the key of the first form that is a subject record report and not disabled: a form
 * a live test can write a record to.
 *
 * @throws {NoLiveDataError} no such form (the form types seen are listed)
 * @throws {ApiError} the server refused the request
 * @example
 * const formKey = await discoverFormKey(client, 'PHARMADEMO');
 */
export async function discoverFormKey(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<string> {
  const form = await findFirst(
    iterateForms(client, studyKey, undefined, { signal: options.signal, readAhead: 0 }),
    (f) => f.subjectRecordReport === true && f.disabled !== true && !!f.formKey,
    (f) => f.formType,
    'form',
    studyKey,
  );
  if (!form.formKey) throw new NoLiveDataError('form', studyKey);
  return form.formKey;
}

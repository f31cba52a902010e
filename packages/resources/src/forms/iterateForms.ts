import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Form } from '../schemas/form.ts';
import { forms } from './forms.ts';

/**
 * Iterates over a study's forms lazily, one page (500 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateForms(client, 'PHARMADEMO', { formType: 'Subject' })) console.log(item.formId);
 */
export function iterateForms(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Form>,
  options?: ListOptions,
): AsyncIterable<Form> {
  return iterateResource(client, forms, studyKey, filters, options);
}

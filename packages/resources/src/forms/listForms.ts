import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Form } from '../schemas/form.ts';
import { forms } from './forms.ts';

/**
 * Lists a study's forms, every page, into an array. For large studies prefer
 * `iterateForms`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listForms(client, 'PHARMADEMO', { formType: 'Subject' }, { pageSize: 200 });
 */
export function listForms(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Form>,
  options?: ListOptions,
): Promise<Form[]> {
  return collect(iterateResource(client, forms, studyKey, filters, options));
}

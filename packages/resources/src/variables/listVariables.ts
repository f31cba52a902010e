import { type Client, collect } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Variable } from '../schemas/variable.ts';
import { variables } from './variables.ts';

/**
 * Lists a study's variables, every page, into an array. For large studies prefer
 * `iterateVariables`, which holds one page at a time.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * const items = await listVariables(client, 'PHARMADEMO', { formKey: 'AE' }, { sort: 'sequence' });
 */
export function listVariables(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Variable>,
  options?: ListOptions,
): Promise<Variable[]> {
  return collect(iterateResource(client, variables, studyKey, filters, options));
}

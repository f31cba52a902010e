import type { Client } from '@imednet/core';
import { iterateResource } from '../internal/iterateResource.ts';
import type { FiltersOf, ListOptions } from '../internal/types.ts';
import type { Variable } from '../schemas/variable.ts';
import { variables } from './variables.ts';

/**
 * Iterates over a study's variables lazily, one page (500 by default) at a time.
 * Nothing is requested until the first item is pulled; leaving the loop stops the paging.
 *
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ResponseValidationError} an item that cannot be read (unless `onInvalid: 'report'`)
 * @throws {ApiError} the server refused the request (`UnauthorizedError`, `ForbiddenError`, ...)
 * @example
 * for await (const item of iterateVariables(client, 'PHARMADEMO', { formKey: 'AE' })) console.log(item.variableId);
 */
export function iterateVariables(
  client: Client,
  studyKey: string,
  filters?: FiltersOf<Variable>,
  options?: ListOptions,
): AsyncIterable<Variable> {
  return iterateResource(client, variables, studyKey, filters, options);
}

import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Variable } from '../schemas/variable.ts';
import { variables } from './variables.ts';

/**
 * Gets one variable by its `variableId`. The API has no single-item call: this lists with a
 * filter on `variableId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no variable has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getVariable(client, 'PHARMADEMO', 123);
 */
export function getVariable(
  client: Client,
  studyKey: string,
  variableId: number,
  options?: CallOptions,
): Promise<Variable> {
  return getResource(client, variables, studyKey, variableId, options);
}

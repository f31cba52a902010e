import type { CallOptions, Client } from '@imednet/core';
import { getResource } from '../internal/getResource.ts';
import type { Form } from '../schemas/form.ts';
import { forms } from './forms.ts';

/**
 * Gets one form by its `formId`. The API has no single-item call: this lists with a
 * filter on `formId` and returns the item whose id really equals the one asked for (a near
 * match such as 12 for 123 is never returned).
 *
 * @throws {ItemNotFoundError} no form has that id (the server answered 200 without it)
 * @throws {InvalidInputError} an empty id or study key, before any request
 * @throws {ApiError} the server refused the request
 * @example
 * const item = await getForm(client, 'PHARMADEMO', 123);
 */
export function getForm(
  client: Client,
  studyKey: string,
  formId: number,
  options?: CallOptions,
): Promise<Form> {
  return getResource(client, forms, studyKey, formId, options);
}

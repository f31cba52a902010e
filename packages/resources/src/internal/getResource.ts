import { type CallOptions, type Client, InvalidInputError, ItemNotFoundError } from '@imednet/core';
import { iterateResource } from './iterateResource.ts';
import type { ResourceDefinition } from './types.ts';

/**
 * Finds one item by its id: a list filtered on the id field (users: every user, inactive
 * ones included, matched while paging), returning the first item whose id really equals the
 * one asked for. A near match the server may return (12 for 123) is skipped.
 *
 * @throws {ItemNotFoundError} when no item has that id (the server answered 200)
 */
export async function getResource<T>(
  client: Client,
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  id: string | number,
  options: CallOptions = {},
): Promise<T> {
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') {
    throw new InvalidInputError({
      details: [{ field: def.idField, message: `a ${def.idField} is required` }],
    });
  }
  const filters = { [def.idField]: id };
  const items = iterateResource(client, def, studyKey, filters, {
    signal: options.signal,
    includeInactive: true,
  });
  for await (const item of items) {
    // Compare as text: integer ids decode to numbers, a coding id is a string either way.
    if (String(item[def.idField]) === String(id)) return item;
  }
  throw new ItemNotFoundError({ resource: def.name, id });
}

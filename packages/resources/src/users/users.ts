import { buildFilter, DEFAULT_PAGE_SIZE, InvalidInputError } from '@imednet/core';
import { matchFilters } from '../internal/matchFilters.ts';
import type { ResourceDefinition } from '../internal/types.ts';
import { type User, UserSchema } from '../schemas/user.ts';

/** How users are listed, decoded and found (api-contract §2). */
export const users: ResourceDefinition<User> = {
  name: 'users',
  scoped: true,
  schema: UserSchema,
  idField: 'userId',
  pageSize: DEFAULT_PAGE_SIZE,
  localFilter: matchFilters,
  localQuery(filters, options) {
    // The users endpoint has no `filter` parameter: object filters are matched while paging,
    // a raw string cannot be (the SDK would have to parse the grammar back).
    if (typeof filters === 'string') {
      throw new InvalidInputError({
        details: [
          {
            field: 'filters',
            message: 'users take an object filter (matched locally), not a string',
          },
        ],
      });
    }
    // Written only to check the filter with the grammar's rules (no `=~`, no empty lists), so
    // a bad one fails before any request, as it would for the other resources.
    buildFilter(filters);
    return { includeInactive: options.includeInactive ?? false };
  },
};

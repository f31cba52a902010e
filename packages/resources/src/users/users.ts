import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import { matchFilters } from '../internal/matchFilters';
import type { ResourceDefinition } from '../internal/types';
import { type User, UserSchema } from '../schemas/user';

/** How users are listed, decoded and found (api-contract §2). */
export const users: ResourceDefinition<User> = {
  name: 'users',
  scoped: true,
  schema: UserSchema,
  idField: 'userId',
  pageSize: DEFAULT_PAGE_SIZE,
  localFilter: matchFilters,
};

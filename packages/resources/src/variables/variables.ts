import { LARGE_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Variable, VariableSchema } from '../schemas/variable.ts';

/** How variables are listed, decoded and found (api-contract §2). */
export const variables: ResourceDefinition<Variable> = {
  name: 'variables',
  scoped: true,
  schema: VariableSchema,
  idField: 'variableId',
  pageSize: LARGE_PAGE_SIZE,
};

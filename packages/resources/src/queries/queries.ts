import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Query, QuerySchema } from '../schemas/query.ts';

/** How queries are listed, decoded and found (api-contract §2). */
export const queries: ResourceDefinition<Query> = {
  name: 'queries',
  scoped: true,
  schema: QuerySchema,
  idField: 'annotationId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

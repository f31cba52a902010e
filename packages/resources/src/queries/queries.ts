import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types';
import { type Query, QuerySchema } from '../schemas/query';

/** How queries are listed, decoded and found (api-contract §2). */
export const queries: ResourceDefinition<Query> = {
  name: 'queries',
  scoped: true,
  schema: QuerySchema,
  idField: 'annotationId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

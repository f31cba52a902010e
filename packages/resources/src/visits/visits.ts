import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Visit, VisitSchema } from '../schemas/visit.ts';

/** How visits are listed, decoded and found (api-contract §2). */
export const visits: ResourceDefinition<Visit> = {
  name: 'visits',
  scoped: true,
  schema: VisitSchema,
  idField: 'visitId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

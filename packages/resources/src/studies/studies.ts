import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Study, StudySchema } from '../schemas/study.ts';

/** How studies are listed, decoded and found (api-contract §2). */
export const studies: ResourceDefinition<Study> = {
  name: 'studies',
  scoped: false,
  schema: StudySchema,
  idField: 'studyKey',
  pageSize: DEFAULT_PAGE_SIZE,
};

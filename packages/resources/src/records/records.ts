import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types';
import { type EdcRecord, RecordSchema } from '../schemas/record';

/** How records are listed, decoded and found (api-contract §2). */
export const records: ResourceDefinition<EdcRecord> = {
  name: 'records',
  scoped: true,
  schema: RecordSchema,
  idField: 'recordId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

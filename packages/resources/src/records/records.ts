import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type EdcRecord, RecordSchema } from '../schemas/record.ts';

/** How records are listed, decoded and found (api-contract §2). */
export const records: ResourceDefinition<EdcRecord> = {
  name: 'records',
  scoped: true,
  schema: RecordSchema,
  idField: 'recordId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

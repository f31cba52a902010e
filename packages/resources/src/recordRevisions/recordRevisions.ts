import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type RecordRevision, RecordRevisionSchema } from '../schemas/recordRevision.ts';

/** How recordRevisions are listed, decoded and found (api-contract §2). */
export const recordRevisions: ResourceDefinition<RecordRevision> = {
  name: 'recordRevisions',
  scoped: true,
  schema: RecordRevisionSchema,
  idField: 'recordRevisionId',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Coding, CodingSchema } from '../schemas/coding.ts';

/** How codings are listed, decoded and found (api-contract §2). */
export const codings: ResourceDefinition<Coding> = {
  name: 'codings',
  scoped: true,
  schema: CodingSchema,
  idField: 'codingId',
  pageSize: DEFAULT_PAGE_SIZE,
};

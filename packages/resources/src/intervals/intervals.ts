import { LARGE_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Interval, IntervalSchema } from '../schemas/interval.ts';

/** How intervals are listed, decoded and found (api-contract §2). */
export const intervals: ResourceDefinition<Interval> = {
  name: 'intervals',
  scoped: true,
  schema: IntervalSchema,
  idField: 'intervalId',
  pageSize: LARGE_PAGE_SIZE,
};

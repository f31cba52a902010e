import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Site, SiteSchema } from '../schemas/site.ts';

/** How sites are listed, decoded and found (api-contract §2). */
export const sites: ResourceDefinition<Site> = {
  name: 'sites',
  scoped: true,
  schema: SiteSchema,
  idField: 'siteId',
  pageSize: DEFAULT_PAGE_SIZE,
};

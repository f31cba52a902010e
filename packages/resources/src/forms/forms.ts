import { LARGE_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Form, FormSchema } from '../schemas/form.ts';

/** How forms are listed, decoded and found (api-contract §2). */
export const forms: ResourceDefinition<Form> = {
  name: 'forms',
  scoped: true,
  schema: FormSchema,
  idField: 'formId',
  pageSize: LARGE_PAGE_SIZE,
};

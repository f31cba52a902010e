import { DEFAULT_PAGE_SIZE } from '@imednet/core';
import type { ResourceDefinition } from '../internal/types.ts';
import { type Subject, SubjectSchema } from '../schemas/subject.ts';

/** How subjects are listed, decoded and found (api-contract §2). */
export const subjects: ResourceDefinition<Subject> = {
  name: 'subjects',
  scoped: true,
  schema: SubjectSchema,
  idField: 'subjectKey',
  pageSize: DEFAULT_PAGE_SIZE,
  studyFilter: true,
};

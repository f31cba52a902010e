import type { Column } from './types.ts';

/** The columns every wide row starts with, in this order. */
export const FIXED_COLUMNS: readonly Column[] = /* @__PURE__ */ Object.freeze([
  { name: 'recordId', source: 'fixed', type: 'integer' },
  { name: 'subjectKey', source: 'fixed', type: 'string' },
  { name: 'visitId', source: 'fixed', type: 'integer' },
  { name: 'intervalName', source: 'fixed', type: 'string' },
  { name: 'formKey', source: 'fixed', type: 'string' },
  { name: 'recordStatus', source: 'fixed', type: 'string' },
  { name: 'dateCreated', source: 'fixed', type: 'timestamp' },
  { name: 'dateModified', source: 'fixed', type: 'timestamp' },
] satisfies Column[]);

import { WORKFLOWS_MEMBERS } from './constants.ts';
import type { WorkflowsMemberName, WorkflowsNamespace } from './types.ts';

/**
 * Whether `value` has the shape of a workflows namespace: an object whose five members
 * (`dataExtraction`, `queryManagement`, `recordMapper`, `recordUpdate`, `subjectData`) are
 * objects. Extra members are allowed.
 *
 * @throws never
 * @example
 * const ns = createWorkflows(client);
 * isWorkflowsNamespace(ns); // true
 */
export function isWorkflowsNamespace(value: unknown): value is WorkflowsNamespace {
  return findMissingMembers(value).length === 0;
}

/** The required members `value` lacks (all of them when it is not an object). */
export function findMissingMembers(value: unknown): WorkflowsMemberName[] {
  if (!isObjectLike(value)) return [...WORKFLOWS_MEMBERS];
  const record = value as Readonly<Record<string, unknown>>;
  return WORKFLOWS_MEMBERS.filter((name) => !isObjectLike(record[name]));
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

import type { FilterObject } from '@imednet/core';

/** Most OR branches a join adds to a server filter; beyond it the join is done locally. */
export const SERVER_JOIN_LIMIT = 20;

/**
 * Adds `field == one of values` to an object filter when that keeps the filter small: the
 * field is not already constrained, and the OR expansion stays within {@link SERVER_JOIN_LIMIT}
 * branches. Returns undefined when the condition cannot be added (the caller then filters
 * the items itself).
 */
export function narrowFilter(
  filters: FilterObject | string | undefined,
  field: string,
  values: readonly (string | number)[],
): FilterObject | undefined {
  if (typeof filters === 'string' || values.length === 0) return undefined;
  const base = filters ?? {};
  if (base[field] !== undefined) return undefined;
  const branches = Object.values(base).reduce<number>((n, c) => n * alternatives(c), 1);
  if (branches * values.length > SERVER_JOIN_LIMIT) return undefined;
  return { ...base, [field]: values.length === 1 ? values[0]! : values };
}

/** How many OR branches one condition expands to. */
export function alternatives(condition: unknown): number {
  if (!Array.isArray(condition)) return 1;
  const isTuple =
    condition.length === 2 && typeof condition[0] === 'string' && /^[=!<>~]+$/.test(condition[0]);
  if (isTuple || condition.every(Array.isArray)) return 1;
  return Math.max(1, condition.length);
}

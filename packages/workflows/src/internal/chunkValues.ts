import { type FilterObject, InvalidInputError } from '@imednet/core';
import { alternatives } from './narrowFilter.ts';

/** OR branches one filter may hold (core's `buildFilter` bound). */
const MAX_BRANCHES = 50;

/**
 * Splits the values of one field (users, subject keys) into chunks whose OR filter, ANDed with
 * the other conditions, stays within the filter bounds: the other conditions' own OR branches
 * multiply each chunk's, and every branch repeats them and the study key the SDK adds.
 *
 * @throws {InvalidInputError} the other conditions alone leave no room for one value
 */
export function chunkFilterValues(
  studyKey: string,
  values: readonly string[],
  otherFilters: FilterObject,
  noun: string,
  chunkSize = Number.POSITIVE_INFINITY,
): string[][] {
  const otherBranches = Object.values(otherFilters).reduce<number>(
    (n, c) => n * alternatives(c),
    1,
  );
  const maxCount = Math.min(chunkSize, Math.floor(MAX_BRANCHES / otherBranches));
  if (maxCount < 1) {
    throw new InvalidInputError({
      details: [
        {
          field: 'filters',
          message: `filters expand to ${otherBranches} OR branches; too many to add ${noun} to`,
        },
      ],
    });
  }
  const perBranch = 40 + studyKey.length + JSON.stringify(otherFilters).length;
  return chunkValues(values, maxCount, perBranch);
}

/**
 * Splits values into chunks for an OR filter on one field, so that each filter string stays
 * well inside the server's and core's bounds (50 branches, 4 KB). `perBranch` is the length
 * every branch adds besides the value (field name, operator, the other AND conditions).
 */
export function chunkValues(
  values: readonly string[],
  maxCount: number,
  perBranch: number,
  maxLength = 3000,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    // Quoting may double every character in the worst case.
    const cost = perBranch + value.length * 2 + 3;
    if (current.length > 0 && (current.length >= maxCount || length + cost > maxLength)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(value);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

import { type FilterObject, type FilterScalar, InvalidInputError } from '@imednet/core';
import { readTimestamp } from '../codecs/timestamp.ts';

type Comparison = readonly [string, FilterScalar];

const OPERATORS = ['==', '!=', '<', '<=', '>', '>='];

function isComparison(value: unknown): value is Comparison {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    /^(==|!=|<=?|>=?|=~)$/.test(value[0]) &&
    !Array.isArray(value[1])
  );
}

/** Orders a decoded field value against a filter value: negative, 0, positive, or NaN. */
function compare(actual: unknown, wanted: FilterScalar): number {
  if (actual instanceof Date) {
    const time = wanted instanceof Date ? wanted : readTimestamp(String(wanted));
    return time ? actual.getTime() - time.getTime() : Number.NaN;
  }
  if (typeof actual === 'number') return actual - Number(wanted);
  const a = String(actual);
  const b = wanted instanceof Date ? wanted.toISOString() : String(wanted);
  return a < b ? -1 : a > b ? 1 : 0;
}

function test(actual: unknown, [op, wanted]: Comparison): boolean {
  // A field that was not sent matches only "not equal": nothing is invented for it.
  if (actual === null || actual === undefined) return op === '!=';
  const order = compare(actual, wanted);
  switch (op) {
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    default:
      throw new InvalidInputError({
        details: [{ message: `operator ${op} cannot be matched locally` }],
      });
  }
}

/**
 * Matches a decoded item against an object filter with the grammar's meaning (api-contract
 * §7): AND across keys, OR across a list of values, AND across a list of comparisons. Used
 * for users, whose endpoint has no `filter` parameter.
 *
 * @throws {InvalidInputError} an operator the grammar does not have (`=~` included)
 */
export function matchFilters(item: unknown, filters: FilterObject): boolean {
  const record = item as Record<string, unknown>;
  for (const [field, condition] of Object.entries(filters)) {
    if (condition === undefined) continue;
    const actual = record[field];
    let ok: boolean;
    if (isComparison(condition)) ok = test(actual, condition);
    else if (!Array.isArray(condition)) ok = test(actual, ['==', condition as FilterScalar]);
    else if (condition.length > 0 && condition.every(isComparison)) {
      ok = condition.every((c) => test(actual, c));
    } else if (condition.some(Array.isArray)) {
      throw new InvalidInputError({
        details: [
          { field, message: `unsupported filter condition on ${field} (operators: ${OPERATORS})` },
        ],
      });
    } else ok = condition.some((value) => test(actual, ['==', value as FilterScalar]));
    if (!ok) return false;
  }
  return true;
}

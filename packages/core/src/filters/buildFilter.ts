import { refuse as invalid } from '../internal/refuse.ts';
import { formatFilterValue } from './formatFilterValue.ts';
import { splitTopLevelOr } from './splitTopLevelOr.ts';
import type { BuildFilterOptions, FilterObject, FilterOperator, Filters } from './types.ts';

const OPERATOR = /^(==|!=|<=?|>=?|=~)$/;

/** One OR branch: conditions joined by `;` (AND). */
type Branch = string[];

/**
 * Writes a `filter` query value (api-contract §7). The grammar has no parentheses and `;` (AND)
 * binds tighter than `,` (OR), so the object form is expanded into OR branches that each repeat
 * every AND condition: `{ type: ['A','B'], siteId: 5 }` → `type==A;siteId==5,type==B;siteId==5`.
 * An object means AND across keys, an array of values OR, an array of `[op, value]` tuples AND
 * (a range). `options.and` is added to every branch, also of a raw string (split on `,` outside
 * quotes). A 2-element array whose first element is made of `=<>!~` only is read as one `[op, value]`.
 *
 * @throws {InvalidInputError} for an unknown operator, `=~` without `allowContains`, an empty
 * array, null, NaN, a bad field name, or an expansion beyond `maxBranches`/`maxLength`.
 * @example
 * buildFilter({ siteName: 'My Site', dateCreated: ['>', new Date('2024-01-01')] })
 * // 'siteName=="My Site";dateCreated>"2024-01-01T00:00:00.000Z"'
 */
export function buildFilter(
  filters: Filters | undefined,
  options: BuildFilterOptions = {},
): string | undefined {
  const { maxBranches = 50, maxLength = 4096 } = options;
  const andTerms: string[] = [];
  for (const [field, value] of Object.entries(options.and ?? {})) {
    if (value !== undefined) andTerms.push(condition(field, '==', value));
  }
  let branches: Branch[];
  if (filters === undefined) {
    branches = [[]];
  } else if (typeof filters === 'string') {
    const raw = filters.trim();
    if (raw === '') branches = [[]];
    else if (andTerms.length === 0) branches = [[raw]];
    else {
      branches = splitTopLevelOr(raw).map((b, index) => {
        if (b.trim() === '') invalid('filters', `empty OR branch #${index} in the raw filter`);
        return [b];
      });
    }
  } else if (filters && typeof filters === 'object' && !Array.isArray(filters)) {
    branches = expandObject(filters, options.allowContains === true, maxBranches);
  } else {
    // null too: no filter is `undefined`.
    invalid('filters', 'must be an object, a string or undefined');
  }
  if (branches.length > maxBranches) tooBig(`${branches.length} OR branches`, maxBranches);
  const written = branches.map((b) => [...b, ...andTerms].join(';'));
  if (written.every((b) => b === '')) return undefined;
  const result = written.join(',');
  if (result.length > maxLength) tooBig(`${result.length} characters`, maxLength);
  return result;
}

function expandObject(
  filters: FilterObject,
  allowContains: boolean,
  maxBranches: number,
): Branch[] {
  let branches: Branch[] = [[]];
  for (const [field, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    const alternatives = alternativesOf(field, value, allowContains);
    if (branches.length * alternatives.length > maxBranches) {
      tooBig(`at least ${branches.length * alternatives.length} OR branches`, maxBranches);
    }
    const next: Branch[] = [];
    for (const branch of branches) {
      for (const alt of alternatives) next.push([...branch, ...alt]);
    }
    branches = next;
  }
  return branches;
}

/** The OR alternatives one key contributes; each is a list of AND conditions. */
function alternativesOf(field: string, value: unknown, allowContains: boolean): Branch[] {
  // null (alone or in a list) is refused by formatFilterValue, with the same message.
  if (!Array.isArray(value)) return [[condition(field, '==', value, allowContains)]];
  if (value.length === 0) invalid(field, 'an empty array matches nothing; leave the key out');
  if (isTuple(value)) return [[condition(field, value[0], value[1], allowContains)]];
  if (value.every(Array.isArray)) {
    return [
      value.map((tuple: unknown[], index) => {
        if (tuple.length !== 2)
          invalid(field, `range item #${index} is not an [operator, value] pair`);
        return condition(field, tuple[0], tuple[1], allowContains);
      }),
    ];
  }
  if (value.some(Array.isArray)) {
    invalid(field, 'mixes values and [operator, value] pairs');
  }
  return value.map((v) => [condition(field, '==', v, allowContains)]);
}

function isTuple(value: readonly unknown[]): boolean {
  return (
    value.length === 2 &&
    typeof value[0] === 'string' &&
    // Anything made only of operator characters is read as an operator, so a typo like '=>'
    // is refused instead of silently becoming an OR of the two values.
    /^[=<>!~]+$/.test(value[0]) &&
    !Array.isArray(value[1])
  );
}

function condition(field: string, op: unknown, value: unknown, allowContains = false): string {
  checkField(field);
  if (typeof op !== 'string' || !OPERATOR.test(op)) {
    invalid(field, `unknown operator ${JSON.stringify(op)}; use one of == != < <= > >= =~`);
  }
  if ((op as FilterOperator) === '=~' && !allowContains) {
    invalid(field, "'=~' (contains) is only supported in recordDataFilter");
  }
  return `${field}${op}${formatFilterValue(value as never, field)}`;
}

function checkField(field: string): void {
  if (!/^[^\s;,=<>!~"'()\\]+$/.test(field)) {
    invalid(field || '(empty)', 'not a valid field name');
  }
}

function tooBig(what: string, limit: number): never {
  // A truncated filter would return the wrong data: refuse, and say how to split the call.
  invalid('filters', `expands to ${what}, over ${limit}; split the call`);
}

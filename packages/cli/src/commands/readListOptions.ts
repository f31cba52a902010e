import { splitTopLevelOr } from '@imednet/core';
import type { OptionValues } from '../cli/context.ts';
import { UsageError } from '../cli/usageError.ts';

/** The list options of a `<resource> list` command, checked. */
export interface ListArguments {
  /** The AND of the --filter values (see {@link andFilters}), or undefined. */
  filter: string | undefined;
  /** The AND of the --record-filter values, or undefined. */
  recordFilter: string | undefined;
  sort: string | undefined;
  limit: number | undefined;
}

const CONDITION = /^[A-Za-z_][\w.]*(==|!=|<=|>=|<|>|=~)./s;
const SORT = /^[A-Za-z_][\w.]*(,(ASC|DESC|asc|desc))?$/;

/**
 * Reads and checks --filter, --record-filter, --sort and --limit. Filters stay raw strings
 * in the API's grammar (`siteId==5`, `dateCreated>"2024-01-01"`, `a==1,a==2` for OR); several
 * --filter flags are ANDed. Only --record-filter may use `=~` (contains).
 *
 * @throws UsageError for a filter that does not start with `name<op>value`, `=~` in
 *   --filter, a sort other than `field` or `field,ASC|DESC`, or a limit that is not a
 *   positive integer
 * @example
 * readListOptions({ filter: ['siteId==5'], limit: '10' }, ['sites', 'list']);
 */
export function readListOptions(values: OptionValues, path: readonly string[]): ListArguments {
  const filters = asList(values.filter);
  const recordFilters = asList(values['record-filter']);
  for (const filter of filters) {
    checkCondition(filter, '--filter', path);
    if (CONDITION.exec(filter)?.[1] === '=~') {
      throw new UsageError(`'=~' (contains) is only allowed in --record-filter: ${filter}`, path);
    }
  }
  for (const filter of recordFilters) checkCondition(filter, '--record-filter', path);
  const sort = typeof values.sort === 'string' ? values.sort : undefined;
  if (sort !== undefined && !SORT.test(sort)) {
    throw new UsageError(
      `--sort must be 'field' or 'field,ASC' or 'field,DESC', not '${sort}'`,
      path,
    );
  }
  return {
    filter: andFilters(filters, '--filter', path),
    recordFilter: andFilters(recordFilters, '--record-filter', path),
    sort,
    limit: readPositiveInteger(values.limit, '--limit', path),
  };
}

/**
 * Reads an optional positive integer option.
 *
 * @throws UsageError when the value is not a positive integer
 * @example
 * readPositiveInteger('4', '--concurrency', ['pipeline', 'run']); // 4
 */
export function readPositiveInteger(
  value: unknown,
  flag: string,
  path: readonly string[],
): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} must be a positive integer, not '${text}'`, path);
  }
  return Number(text);
}

const MAX_BRANCHES = 50;

/**
 * The AND of several filters in the API's grammar. It has no parentheses and `;` (AND) binds
 * tighter than `,` (OR), so joining `a==1,a==2` and `b==3` with `;` would mean
 * `a==1 OR (a==2 AND b==3)`. Each flag's OR branches are distributed instead:
 * `a==1;b==3,a==2;b==3`.
 *
 * @throws UsageError when the expansion exceeds 50 OR branches
 * @example
 * andFilters(['a==1,a==2', 'b==3'], '--filter', path); // 'a==1;b==3,a==2;b==3'
 */
export function andFilters(
  filters: readonly string[],
  flag: string,
  path: readonly string[],
): string | undefined {
  if (filters.length === 0) return undefined;
  let branches: string[] = [''];
  for (const filter of filters) {
    const ors = splitTopLevelOr(filter);
    branches = branches.flatMap((left) =>
      ors.map((right) => (left === '' ? right : `${left};${right}`)),
    );
    if (branches.length > MAX_BRANCHES) {
      throw new UsageError(
        `the ${flag} flags expand to more than ${MAX_BRANCHES} OR branches; use fewer alternatives`,
        path,
      );
    }
  }
  return branches.join(',');
}

function checkCondition(filter: string, flag: string, path: readonly string[]): void {
  if (!CONDITION.test(filter)) {
    throw new UsageError(
      `${flag} '${filter}' is not a condition like name==value (operators == != < <= > >=${flag === '--record-filter' ? ' =~' : ''})`,
      path,
    );
  }
}

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

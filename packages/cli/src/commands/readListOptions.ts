import type { OptionValues } from '../cli/context.ts';
import { UsageError } from '../errors/UsageError.ts';

/** The list options of a `<resource> list` command, checked. */
export interface ListArguments {
  /** The --filter values joined with `;` (AND), or undefined. */
  filter: string | undefined;
  /** The --record-filter values joined with `;`, or undefined. */
  recordFilter: string | undefined;
  sort: string | undefined;
  limit: number | undefined;
}

const CONDITION = /^[A-Za-z_][\w.]*(==|!=|<=|>=|<|>|=~)./s;
const SORT = /^[A-Za-z_][\w.]*(,(ASC|DESC|asc|desc))?$/;

/**
 * Reads and checks --filter, --record-filter, --sort and --limit. Filters stay raw strings
 * in the API's grammar (`siteId==5`, `dateCreated>"2024-01-01"`, `a==1,a==2` for OR); several
 * --filter flags are joined with `;` (AND). Only --record-filter may use `=~` (contains).
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
      throw new UsageError({
        message: `'=~' (contains) is only allowed in --record-filter: ${filter}`,
        commandPath: path,
      });
    }
  }
  for (const filter of recordFilters) checkCondition(filter, '--record-filter', path);
  const sort = typeof values.sort === 'string' ? values.sort : undefined;
  if (sort !== undefined && !SORT.test(sort)) {
    throw new UsageError({
      message: `--sort must be 'field' or 'field,ASC' or 'field,DESC', not '${sort}'`,
      commandPath: path,
    });
  }
  return {
    filter: filters.length > 0 ? filters.join(';') : undefined,
    recordFilter: recordFilters.length > 0 ? recordFilters.join(';') : undefined,
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
    throw new UsageError({
      message: `${flag} must be a positive integer, not '${text}'`,
      commandPath: path,
    });
  }
  return Number(text);
}

function checkCondition(filter: string, flag: string, path: readonly string[]): void {
  if (!CONDITION.test(filter)) {
    throw new UsageError({
      message: `${flag} '${filter}' is not a condition like name==value (operators == != < <= > >=${flag === '--record-filter' ? ' =~' : ''})`,
      commandPath: path,
    });
  }
}

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

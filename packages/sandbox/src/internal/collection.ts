import type { ByteWriter } from './byteWriter.ts';

/** How a field is compared in filters and sorts. */
export type FieldKind = 'string' | 'integer' | 'boolean' | 'timestamp' | 'date';

/** A JSON object as served. */
export type Item = Record<string, unknown>;

/**
 * A list resource: items addressed by index, built on demand so that a study of a million
 * records costs no memory until something changes.
 */
export interface Collection {
  readonly idField: string;
  /** The property whose ascending order is the natural order (default: idField). */
  readonly naturalSort?: string;
  /** Scalar fields that `filter` and `sort` accept, with how they compare. */
  readonly fields: Readonly<Record<string, FieldKind>>;
  size(): number;
  /** The item without costly parts (records: no recordData); enough for filter and sort. */
  light(index: number): Item;
  /** One field of an item without building the rest (optional fast path). */
  field?(index: number, name: string): unknown;
  /** The item as served. */
  full(index: number): Item;
  /** The item's JSON written as UTF-8 (a faster path than JSON.stringify(full(i)) when given). */
  writeJson?(index: number, out: ByteWriter): void;
  /** One recordData value of an item without building the rest (optional fast path). */
  dataValue?(index: number, name: string): unknown;
  /** The recordData of an item, for `recordDataFilter` (records only). */
  data?(index: number): Record<string, unknown>;
  /** Changes whenever an item changes, so cached filter results are dropped. */
  version(): number;
}

/** A collection over a plain array (small resources). */
export function arrayCollection(
  idField: string,
  fields: Readonly<Record<string, FieldKind>>,
  items: () => readonly Item[],
  version: () => number = () => items().length,
  naturalSort?: string,
): Collection {
  return {
    idField,
    naturalSort,
    fields,
    size: () => items().length,
    light: (i) => items()[i] as Item,
    full: (i) => items()[i] as Item,
    version,
  };
}

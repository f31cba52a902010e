import * as v from 'valibot';
import { type NullableField, nullable } from './field.ts';

const WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
};

/**
 * Reads a boolean, also `"true"`, `"false"`, `"1"`, `"0"` (any case) and 1/0, as seen live.
 * `''` is "not given" (null), never `false`.
 */
export function readBoolean(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (value === '') return null;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  return typeof value === 'string' ? WORDS[value.trim().toLowerCase()] : undefined;
}

/** A boolean field: `boolean`, or `null`. */
// @__NO_SIDE_EFFECTS__
export function boolean(): NullableField<boolean> {
  return nullable('a boolean', readBoolean, v.boolean());
}

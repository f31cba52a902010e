import * as v from 'valibot';
import type { NullableField } from './field.ts';

/**
 * A list field of nested items: the items decoded by `item`, or `null` when missing or null.
 * An item's issues keep their path (`keywords.0.dateAdded`).
 */
// @__NO_SIDE_EFFECTS__
export function list<T>(item: v.GenericSchema<unknown, T>): NullableField<T[]> {
  return v.optional(v.nullable(v.array(item)), null);
}

/** A free-form object field (record data): kept as sent, or `null` when missing or null. */
// @__NO_SIDE_EFFECTS__
export function dataObject(): NullableField<{ [name: string]: unknown }> {
  return v.optional(
    v.nullable(
      v.custom<{ [name: string]: unknown }>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'Expected an object',
      ),
    ),
    null,
  );
}

import * as v from 'valibot';

/** A list field of nested items: the items decoded by `item`, or `null` when missing or null. */
// @__NO_SIDE_EFFECTS__
export function list<T>(
  item: v.GenericSchema<unknown, T>,
): v.OptionalSchema<v.GenericSchema<unknown, T[] | null>, null> {
  return v.optional(v.nullable(v.array(item)), null);
}

/** A free-form object field (record data): kept as sent, or `null` when missing or null. */
// @__NO_SIDE_EFFECTS__
export function dataObject(): v.OptionalSchema<
  v.GenericSchema<unknown, { [name: string]: unknown } | null>,
  null
> {
  return v.optional(v.nullable(v.looseObject({})), null);
}

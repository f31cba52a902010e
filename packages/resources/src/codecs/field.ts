import * as v from 'valibot';

/**
 * Reads one raw JSON value. Returns the decoded value, `null` for "not given", or
 * `undefined` when the value cannot be read (which becomes a validation issue).
 */
export type Reader<T> = (value: unknown) => T | null | undefined;

/** A field schema whose output is `T | null`, and which accepts a missing key. */
export type NullableField<T> = v.OptionalSchema<v.GenericSchema<unknown, T | null>, null>;

/** A field schema whose output is `T`: missing, null or blank is an issue. */
export type RequiredField<T> = v.GenericSchema<unknown, T>;

// @__NO_SIDE_EFFECTS__
function readWith<T>(expects: string, read: Reader<T>, required: boolean) {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T | null>(({ dataset, addIssue, NEVER }) => {
      const raw = dataset.value;
      // null and a missing key mean "not given": never replaced by an invented value.
      const value = raw === null || raw === undefined ? null : read(raw);
      if (value === undefined || (required && value === null)) {
        addIssue({ expected: expects, message: `Expected ${expects}` });
        return NEVER;
      }
      return value;
    }),
  );
}

/**
 * A field that may be missing, null or blank, all read as `null`.
 */
// @__NO_SIDE_EFFECTS__
export function nullable<T>(expects: string, read: Reader<T>): NullableField<T> {
  return v.optional(readWith(expects, read, false), null);
}

/**
 * A field every item must carry (an id): missing, null or blank is a validation error.
 */
// @__NO_SIDE_EFFECTS__
export function required<T>(expects: string, read: Reader<T>): RequiredField<T> {
  return readWith(expects, read, true) as RequiredField<T>;
}

import * as v from 'valibot';

/**
 * Reads one raw JSON value. Returns the decoded value, `null` for "not given", or
 * `undefined` when the value cannot be read (which becomes a validation issue).
 */
export type Reader<T> = (value: unknown) => T | null | undefined;

/** A field schema whose output is `T | null`, and which accepts a missing key (read as null). */
export type NullableField<T> = v.OptionalSchema<
  v.NullableSchema<v.GenericSchema<unknown, T>, undefined>,
  null
>;

/** A field schema whose output is `T`: missing, null or blank is an issue. */
export type RequiredField<T> = v.GenericSchema<unknown, T>;

/**
 * `read` as a valibot schema (`v.pipe` and `v.rawTransform`): the decoded value, or an issue
 * saying what was expected, with the raw value as its input (never a default). `keep`, when
 * given, lets a value that is already of the decoded type through without the reader: most
 * values arrive decoded, and a union tried in order skips the pipe for them.
 */
// @__NO_SIDE_EFFECTS__
export function decoded<T>(
  expects: string,
  read: Reader<T>,
  required: boolean,
  keep?: v.GenericSchema<unknown, T>,
): v.GenericSchema<unknown, T> {
  const message = `Expected ${expects}`;
  const slow = v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const out = dataset.value == null ? null : read(dataset.value);
      if (out == null && (out === undefined || required)) {
        addIssue({ expected: expects, message });
        return NEVER;
      }
      return out as T;
    }),
  );
  return keep ? v.union([keep, slow], message) : slow;
}

/** A field that may be missing, null or blank, all read as `null`. */
// @__NO_SIDE_EFFECTS__
export function nullable<T>(
  expects: string,
  read: Reader<T>,
  keep?: v.GenericSchema<unknown, T>,
): NullableField<T> {
  return v.optional(v.nullable(decoded(expects, read, false, keep)), null);
}

/** A field every item must carry (an id): missing, null or blank is a validation error. */
// @__NO_SIDE_EFFECTS__
export function required<T>(
  expects: string,
  read: Reader<T>,
  keep?: v.GenericSchema<unknown, T>,
): RequiredField<T> {
  return decoded(expects, read, true, keep);
}

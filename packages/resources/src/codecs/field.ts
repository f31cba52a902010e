import type * as v from 'valibot';

/**
 * Reads one raw JSON value. Returns the decoded value, `null` for "not given", or
 * `undefined` when the value cannot be read (which becomes a validation issue).
 */
export type Reader<T> = (value: unknown) => T | null | undefined;

/** A field schema whose output is `T | null`, and which accepts a missing key (read as null). */
export type NullableField<T> = v.GenericSchema<unknown, T | null>;

/** A field schema whose output is `T`: missing, null or blank is an issue. */
export type RequiredField<T> = v.GenericSchema<unknown, T>;

/** The part of a valibot dataset a field schema reads and writes. */
export interface Dataset {
  value: unknown;
  typed?: boolean;
  issues?: ({ path?: unknown[] } & Record<string, unknown>)[];
}

/**
 * A field of a resource's `object` schema: its reader, what it expects, and whether every item
 * must carry it. Why not `v.pipe(v.unknown(), v.rawTransform(...))` per field: that built a
 * pipe context and several closures per value, which made decoding a record cost several
 * times its `JSON.parse`, and shipped valibot's pipe machinery in every bundle. `object` calls
 * `read` directly; the schema type only carries the field's output type.
 */
// @__NO_SIDE_EFFECTS__
export function field<T>(
  expects: string,
  read: Reader<T>,
  required?: boolean,
  keeps?: Keeps,
): RequiredField<T> {
  return { read, expects, required, keeps } as unknown as RequiredField<T>;
}

/**
 * The JSON type a field's reader returns unchanged (`'number'`: a safe integer), so that
 * `object` keeps such a value without calling the reader: most values arrive already decoded.
 */
export type Keeps = 'string' | 'number' | 'boolean';

/**
 * The `~run` config that lets `object` and `list` decode in place: only for values the
 * caller owns (fresh from `JSON.parse`), never for objects passed to `v.parse`.
 */
export interface InPlace {
  inPlace?: boolean;
}

/** Moves nested issues into `dataset`, each path prefixed with `item` (valibot's path shape). */
export function addIssues(dataset: Dataset, issues: Dataset['issues'] & {}, item: unknown): void {
  for (const found of issues) {
    if (found.path) found.path.unshift(item);
    else found.path = [item];
  }
  if (dataset.issues) dataset.issues.push(...issues);
  else dataset.issues = issues;
  dataset.typed = false;
}

/** A valibot-shaped issue (the fields `decodeItem` and valibot's own tools read). */
export function issue(input: unknown, expected: string): Record<string, unknown> {
  return { kind: 'schema', type: 'field', input, expected, message: `Expected ${expected}` };
}

/**
 * A field that may be missing, null or blank, all read as `null`.
 */
// @__NO_SIDE_EFFECTS__
export function nullable<T>(expects: string, read: Reader<T>, keeps?: Keeps): NullableField<T> {
  return field(expects, read, false, keeps);
}

/**
 * A field every item must carry (an id): missing, null or blank is a validation error.
 */
// @__NO_SIDE_EFFECTS__
export function required<T>(expects: string, read: Reader<T>, keeps?: Keeps): RequiredField<T> {
  return field(expects, read, true, keeps);
}

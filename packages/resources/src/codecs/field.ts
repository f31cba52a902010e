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
 * A field as a bare valibot schema object (`~run` only), used as an entry of a resource's
 * `object` schema. Why not `v.pipe(v.unknown(), v.rawTransform(...))`: that built a pipe
 * context and several closures per value, which made decoding a record cost several times
 * its `JSON.parse`, and shipped the pipe machinery in every bundle. The `optional` type (with
 * a `null` default, as valibot marks it) makes a missing key read as null.
 */
// @__NO_SIDE_EFFECTS__
export function fieldSchema<T>(
  required: boolean | undefined,
  run: (dataset: Dataset) => Dataset,
): RequiredField<T> {
  return {
    kind: 'schema',
    type: required ? 'field' : 'optional',
    async: false,
    default: required ? undefined : null,
    '~run': run,
  } as unknown as RequiredField<T>;
}

/**
 * A field read by `read`: its value, or an issue naming what was expected. `read`,
 * `expects` and `required` stay on the schema so `object` can call the reader directly,
 * without a dataset object per value.
 */
// @__NO_SIDE_EFFECTS__
export function field<T>(expects: string, read: Reader<T>, required?: boolean): RequiredField<T> {
  return Object.assign(
    fieldSchema<T>(required, (dataset) => {
      const raw = dataset.value;
      const value = readField(raw, read, required);
      if (value === undefined) {
        dataset.typed = false;
        dataset.issues = [issue(raw, expects)];
      } else {
        dataset.typed = true;
        dataset.value = value;
      }
      return dataset;
    }),
    { read, expects, required },
  );
}

/** The decoded value, or `undefined` for an issue. */
export function readField<T>(
  raw: unknown,
  read: Reader<T>,
  required: boolean | undefined,
): T | null | undefined {
  // null and a missing key mean "not given": never replaced by an invented value.
  const value = raw == null ? null : read(raw);
  return required && value === null ? undefined : value;
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
export function nullable<T>(expects: string, read: Reader<T>): NullableField<T> {
  return field(expects, read);
}

/**
 * A field every item must carry (an id): missing, null or blank is a validation error.
 */
// @__NO_SIDE_EFFECTS__
export function required<T>(expects: string, read: Reader<T>): RequiredField<T> {
  return field(expects, read, true);
}

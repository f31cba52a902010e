import type * as v from 'valibot';
import { addIssues, type Dataset, type InPlace, issue, type Keeps, type Reader } from './field.ts';

/** A field schema as `object` runs it. */
interface Entry {
  read?: Reader<unknown>;
  expects?: string;
  required?: boolean;
  keeps?: Keeps;
  '~run'(dataset: Dataset, config?: InPlace): Dataset;
}

/**
 * A resource schema: a valibot loose-object schema (same `kind`, `type`, `entries`, `~run` and
 * `~standard` members, so `v.parse`, `v.safeParse`, `v.getDotPath` and any Standard Schema
 * consumer take it) whose fields are decoded in order and whose unknown fields are kept.
 *
 * Why not `v.looseObject`: its generic loop (defaults, fallbacks, exact-optional keys, message
 * lookups per issue) weighed about 1 KB gzip in every bundle and ran slower than this loop,
 * for rules our fields never use. A missing key reads as `null` for an optional field, and is
 * an issue naming the key for a required one (an id).
 */
// @__NO_SIDE_EFFECTS__
export function object<T>(entries: Record<string, unknown>): v.GenericSchema<unknown, T> {
  const keys = Object.keys(entries);
  const fields = Object.values(entries) as Entry[];
  const schema = {
    kind: 'schema',
    type: 'loose_object',
    expects: 'Object',
    async: false,
    entries,
    '~run'(dataset: Dataset, config?: InPlace) {
      const input = dataset.value as Record<string, unknown>;
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        dataset.typed = false;
        dataset.issues = [issue(input, 'an object')];
        return dataset;
      }
      // Unknown fields kept, every declared field overwritten with its decoded value: in the
      // item itself when the caller owns it (fresh from JSON.parse), else in a copy, so that
      // `v.parse(RecordSchema, value)` never changes `value`.
      const out: Record<string, unknown> = config?.inPlace ? input : { ...input };
      dataset.typed = true;
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i]!;
        const entry = fields[i]!;
        const value = input[key];
        const { read, keeps } = entry;
        let issues: Dataset['issues'];
        if (read) {
          // Already decoded (a string, a safe integer, a boolean; null where allowed): the
          // value in `out` is the result, so no reader call and no write.
          if (keeps && typeof value === keeps) {
            if (keeps !== 'number' || Number.isSafeInteger(value)) continue;
          } else if (value === null && !entry.required) continue;
          // null and a missing key mean "not given": never replaced by an invented value.
          const decoded = value == null ? null : read(value);
          if (decoded === undefined || (decoded === null && entry.required)) {
            issues = [issue(value, entry.expects!)];
          } else out[key] = decoded;
        } else {
          const result = entry['~run']({ value: value === undefined ? null : value }, config);
          issues = result.issues;
          if (!issues) out[key] = result.value;
        }
        // On an issue the raw value stays in `out` (never a default), so the `in` check
        // (a missing key or an undefined value) is only needed here.
        if (issues) {
          const missing = value === undefined && !(key in input);
          const item = { type: 'object', origin: missing ? 'key' : 'value', input, key, value };
          addIssues(dataset, issues, item);
        }
      }
      dataset.value = out;
      return dataset;
    },
    '~standard': {
      version: 1,
      vendor: 'valibot',
      validate: (value: unknown) => schema['~run']({ value }),
    },
  };
  return schema as unknown as v.GenericSchema<unknown, T>;
}

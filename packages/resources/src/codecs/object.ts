import type * as v from 'valibot';
import { addIssues, type Dataset, issue, type Reader, readField } from './field';

/** A field schema as `object` runs it. */
interface Entry {
  read?: Reader<unknown>;
  expects?: string;
  required?: boolean;
  '~run'(dataset: Dataset, config: unknown): Dataset;
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
    '~run'(dataset: Dataset) {
      const input = dataset.value as Record<string, unknown>;
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        dataset.typed = false;
        dataset.issues = [issue(input, 'an object')];
        return dataset;
      }
      // Unknown fields first, then every declared field overwritten with its decoded value.
      const out: Record<string, unknown> = { ...input };
      dataset.typed = true;
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i]!;
        const entry = fields[i]!;
        const value = input[key];
        const missing = value === undefined && !(key in input);
        const { read } = entry;
        let issues: Dataset['issues'];
        if (read) {
          // A plain field: its reader, without a dataset object per value.
          const decoded = readField(value, read, entry.required);
          if (decoded === undefined) issues = [issue(value, entry.expects!)];
          else out[key] = decoded;
        } else {
          const result = entry['~run']({ value: missing ? null : value }, {});
          issues = result.issues;
          if (!issues) out[key] = result.value;
        }
        // On an issue the raw value stays in `out` (copied above): never a default.
        if (issues) {
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

import type * as v from 'valibot';
import { addIssues, type Dataset, field, type InPlace, issue } from './field.ts';

/**
 * A list field of nested items: the items decoded by `item`, or `null` when missing or null.
 * An item's issues keep their path (`keywords.0.dateAdded`); the list is kept with the
 * unreadable values left as sent, so `'report'` mode loses nothing.
 */
// @__NO_SIDE_EFFECTS__
export function list<T>(item: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T[] | null> {
  const run = (dataset: Dataset, config?: InPlace): Dataset => {
    const input = dataset.value;
    dataset.typed = true;
    if (input == null) {
      dataset.value = null;
    } else if (Array.isArray(input)) {
      // In place when the caller owns the list (see `object`), else a new array.
      const out: unknown[] = config?.inPlace ? input : [];
      for (let key = 0; key < input.length; key += 1) {
        const value = input[key];
        const result = item['~run']({ value }, config as never) as Dataset;
        if (result.issues) {
          addIssues(dataset, result.issues, { type: 'array', origin: 'value', input, key, value });
        }
        out[key] = result.value;
      }
      dataset.value = out;
    } else {
      dataset.typed = false;
      dataset.issues = [issue(input, 'an array')];
    }
    return dataset;
  };
  return { '~run': run } as unknown as v.GenericSchema<unknown, T[] | null>;
}

/** A free-form object field (record data): kept as sent, or `null` when missing or null. */
// @__NO_SIDE_EFFECTS__
export function dataObject(): v.GenericSchema<unknown, { [name: string]: unknown } | null> {
  return field('an object', (value) =>
    typeof value === 'object' && !Array.isArray(value)
      ? (value as { [name: string]: unknown })
      : undefined,
  );
}

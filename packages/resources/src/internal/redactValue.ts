import { type Client, redactSecrets } from '@imednet/core';

/**
 * A copy of a raw JSON value (an issue state: resource, path, value, message) with the client's
 * keys masked in every string, nested ones included, for errors and hook states only: a hostile
 * or broken server may echo the keys in its data. Never called on the decode path of a valid
 * item. A JSON round trip with a replacer, not a hand-written walk: it ships in every list
 * bundle, and masking each string before it is escaped cannot miss a key that JSON escapes.
 * Object keys inside the value are not masked (the field path, built from keys, is).
 *
 * @throws never (the value is JSON: an issue state built from parsed JSON)
 * @example
 * const state = redactValue(client, { resource: 'records', index: 0, path, value, message });
 */
export function redactValue<T extends object>(client: Client, value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'string' ? redactSecrets(client, item) : item,
    ),
  );
}

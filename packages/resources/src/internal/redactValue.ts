import { type Client, redactSecrets } from '@imednet/core';

/**
 * A copy of a raw JSON value with the client's keys masked in every string (object keys
 * included), for errors and hook states only: a hostile or broken server may echo the keys in
 * its data. Never called on the decode path of a valid item.
 */
export function redactValue<T>(client: Client, value: T): T {
  if (typeof value === 'string') return redactSecrets(client, value) as T;
  if (!value || typeof value !== 'object') return value;
  // for...in covers arrays (their indexes) and JSON objects alike: one loop, less code shipped.
  const copy = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
  for (const key in value) copy[redactSecrets(client, key)] = redactValue(client, value[key]);
  return copy as T;
}

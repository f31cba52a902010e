import { type Client, ResponseValidationError } from '@imednet/core';
import { redactValue } from './redactValue.ts';
import type { ResourceDefinition } from './types.ts';

/** The part of a valibot issue read here. */
interface Issue {
  input: unknown;
  message: string;
  path?: { key: unknown }[];
}

/**
 * Decodes one raw item with the resource's schema.
 *
 * In `'throw'` mode the first unreadable value rejects the call; in `'report'` mode every
 * issue goes to `hooks.onValidationIssue` and the item is kept, its unreadable values left
 * exactly as the server sent them (never replaced by a default).
 *
 * The schema is run directly (`~run`), not through `v.safeParse`: the same result without
 * the global-config lookup per item, and without shipping that code in every bundle; and with
 * `inPlace`, so the item is decoded in the parsed object itself instead of a copy.
 *
 * @throws {ResponseValidationError} naming the resource, item index, field path and raw value
 *   (the client's keys masked in all of them)
 */
export function decodeItem<T>(
  client: Client,
  def: ResourceDefinition<T>,
  raw: unknown,
  index: number,
  onInvalid: 'throw' | 'report' = 'throw',
): T {
  // In place: `raw` is fresh from the response's JSON.parse and nobody else holds it.
  const result = def.schema['~run']({ value: raw }, { inPlace: true } as never);
  const issues = result.issues as Issue[] | undefined;
  if (!issues) return result.value as T;
  for (const issue of issues) {
    // Masked here, on the error path only: the server may have echoed the keys in its data.
    const state = redactValue(client, {
      resource: def.name,
      index,
      path: issue.path?.map((item) => item.key).join('.') ?? '',
      value: issue.input,
      message: issue.message,
    });
    if (onInvalid !== 'report') {
      throw new ResponseValidationError(state);
    }
    try {
      client.hooks.onValidationIssue?.(state);
    } catch {
      // Hooks only observe: a failing hook must not stop the stream it watches.
    }
  }
  return result.value as T;
}

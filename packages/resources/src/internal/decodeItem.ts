import { type Client, ResponseValidationError } from '@imednet/core';
import * as v from 'valibot';
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
 * Through `v.safeParse`, so any valibot schema works here, composed ones included.
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
  const result = v.safeParse(def.schema, raw, { abortEarly: onInvalid !== 'report' });
  const issues = result.issues as Issue[] | undefined;
  if (!issues) return result.output as T;
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
  return result.output as T;
}

import { type Client, ResponseValidationError } from '@imednet/core';
import type { ResourceDefinition } from './types';

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
 * the global-config lookup per item, and without shipping that code in every bundle.
 *
 * @throws {ResponseValidationError} naming the resource, item index, field path and raw value
 */
export function decodeItem<T>(
  client: Client,
  def: ResourceDefinition<T>,
  raw: unknown,
  index: number,
  onInvalid: 'throw' | 'report' = 'throw',
): T {
  const result = def.schema['~run']({ value: raw }, {});
  const issues = result.issues as Issue[] | undefined;
  if (!issues) return result.value as T;
  for (const issue of issues) {
    const path = issue.path?.map((item) => item.key).join('.') ?? '';
    if (onInvalid !== 'report') {
      throw new ResponseValidationError(def.name, index, path, issue.input, {
        message: issue.message,
      });
    }
    try {
      client.hooks.onValidationIssue?.({
        resource: def.name,
        index,
        path,
        value: issue.input,
        message: issue.message,
      });
    } catch {
      // Hooks only observe: a failing hook must not stop the stream it watches.
    }
  }
  return result.value as T;
}

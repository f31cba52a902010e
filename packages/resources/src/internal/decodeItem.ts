import { type Client, ResponseValidationError } from '@imednet/core';
import * as v from 'valibot';
import type { ResourceDefinition } from './types';

/**
 * Decodes one raw item with the resource's schema.
 *
 * In `'throw'` mode the first unreadable value rejects the call; in `'report'` mode every
 * issue goes to `hooks.onValidationIssue` and the item is kept, its unreadable values left
 * exactly as the server sent them (never replaced by a default).
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
  const result = v.safeParse(def.schema, raw);
  if (result.success) return result.output;
  if (onInvalid !== 'report') {
    const issue = result.issues[0];
    throw new ResponseValidationError(def.name, index, v.getDotPath(issue) ?? '', issue.input, {
      message: issue.message,
    });
  }
  for (const issue of result.issues) {
    try {
      client.hooks.onValidationIssue?.({
        resource: def.name,
        index,
        path: v.getDotPath(issue) ?? '',
        value: issue.input,
        message: issue.message,
      });
    } catch {
      // Hooks only observe: a failing hook must not stop the stream it watches.
    }
  }
  return result.output as T;
}

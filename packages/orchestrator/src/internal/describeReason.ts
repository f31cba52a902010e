import { type Client, redactSecrets } from '@imednet/core';

/** An error's message (or the text of a thrown non-error), with the client's secrets masked. */
export function describeReason(client: Client, reason: unknown): string {
  const text =
    reason instanceof Error ||
    (typeof reason === 'object' && reason !== null && 'message' in reason)
      ? String((reason as { message: unknown }).message)
      : String(reason);
  return redactSecrets(client, text || 'unknown error');
}

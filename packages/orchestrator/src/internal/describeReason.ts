import { type Client, redactSecrets } from '@imednet/core';
import { OrchestratorError } from '../errors/OrchestratorError.ts';

/** How a study ended badly: the error object and its printable, masked message. */
export interface StudyFailure {
  error: Error;
  message: string;
}

/**
 * The thrown value as an error a result may carry, and its message with the client's secrets
 * masked. The error itself is kept (class, code, status) unless it is not an `Error` or its
 * message would print a secret: then an `OrchestratorError` holding only the masked text.
 */
export function describeReason(client: Client, reason: unknown, studyKey: string): StudyFailure {
  const raw =
    reason instanceof Error ||
    (typeof reason === 'object' && reason !== null && 'message' in reason)
      ? String((reason as { message: unknown }).message)
      : String(reason);
  const message = redactSecrets(client, raw || 'unknown error');
  if (reason instanceof Error && message === raw) return { error: reason, message };
  const error = new OrchestratorError(message, { reason: 'PIPELINE_ERROR', studyKey });
  return { error, message };
}

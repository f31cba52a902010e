import { isImednetError } from '@imednet/core';
import { SyncError } from './SyncError.ts';

/** Raised when another run holds the target: two runs never write one target at once. */
export class SyncLockedError extends SyncError {
  override readonly code = 'SYNC_LOCKED' as const;
  override name = 'SyncLockedError';
}

/**
 * Tells whether a value is a {@link SyncLockedError}: another run holds the target.
 *
 * @throws never
 * @example
 * try { await syncStudy(client, 'STUDY', { target }); } catch (e) { if (isSyncLockedError(e)) console.error('busy'); }
 */
export function isSyncLockedError(error: unknown): error is SyncLockedError {
  return isImednetError(error, 'SYNC_LOCKED');
}

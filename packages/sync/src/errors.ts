import { ImednetError, isImednetError } from '@imednet/core';

/** Raised for a bad sync option, a checkpoint that cannot be read, or a target that fails. */
export class SyncError extends ImednetError {
  override readonly code: 'SYNC_ERROR' | 'SYNC_LOCKED' = 'SYNC_ERROR';
  override name = 'SyncError';
}

/** Raised when another run holds the target: two runs never write one target at once. */
export class SyncLockedError extends SyncError {
  override readonly code = 'SYNC_LOCKED' as const;
  override name = 'SyncLockedError';
}

/**
 * Tells whether a value is a {@link SyncError} (a {@link SyncLockedError} included), also
 * across duplicate package copies.
 *
 * @throws never.
 * @example
 * try { await syncStudy(client, 'STUDY', { target }); } catch (e) { if (isSyncError(e)) console.error(e.message); }
 */
export function isSyncError(error: unknown): error is SyncError {
  return isImednetError(error, 'SYNC_ERROR') || isImednetError(error, 'SYNC_LOCKED');
}

/**
 * Tells whether a value is a {@link SyncLockedError}: another run holds the target.
 *
 * @throws never.
 * @example
 * try { await syncStudy(client, 'STUDY', { target }); } catch (e) { if (isSyncLockedError(e)) console.error('busy'); }
 */
export function isSyncLockedError(error: unknown): error is SyncLockedError {
  return isImednetError(error, 'SYNC_LOCKED');
}

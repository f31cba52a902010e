export type { SyncCheckpoint } from './changes/checkpoint.ts';
export {
  DEFAULT_OVERLAP_MS,
  type IterateChangesOptions,
  iterateChanges,
} from './changes/iterateChanges.ts';
export type { SyncChange } from './changes/types.ts';
export { isSyncError, isSyncLockedError, SyncError, SyncLockedError } from './errors.ts';
export { sqliteTarget } from './sqlite/sqliteTarget.ts';
export type { SyncCounts } from './study/createApplier.ts';
export {
  type SyncProgress,
  type SyncStudyOptions,
  type SyncStudyResult,
  syncStudy,
} from './study/syncStudy.ts';
export type { BoundValue, SyncDialect, SyncSession, SyncTarget } from './target/types.ts';

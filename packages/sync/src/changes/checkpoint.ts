import * as v from 'valibot';
import { SyncError } from '../errors/SyncError.ts';

/**
 * Where a change feed stopped: an opaque, serialisable string. Store it as it is and pass it
 * back as `since`; its content is not part of the API.
 */
export type SyncCheckpoint = string;

/** What a checkpoint holds (version 1). */
export interface CheckpointState {
  readonly studyKey: string;
  /** High-water mark of record `dateModified` (ms since epoch), null before the first run. */
  readonly records: number | null;
  /** Records already delivered inside the overlap window: id, `dateModified` (ms), content hash. */
  readonly seen: readonly (readonly [number, number, number])[];
  /** High-water mark of subject `dateModified` (ms). */
  readonly subjects: number | null;
  /** High-water marks of query and visit `dateModified` (ms); absent in older checkpoints. */
  readonly queries?: number | null;
  readonly visits?: number | null;
  /** The last record revision id delivered. */
  readonly revision: number | null;
}

const PREFIX = 'imednet-sync/1:';

const StateSchema = v.object({
  studyKey: v.string(),
  records: v.nullable(v.number()),
  seen: v.array(v.tuple([v.number(), v.number(), v.number()])),
  subjects: v.nullable(v.number()),
  // Added later: a checkpoint without them reads every query and visit once.
  queries: v.optional(v.nullable(v.number()), null),
  visits: v.optional(v.nullable(v.number()), null),
  revision: v.nullable(v.number()),
});

export function encodeCheckpoint(state: CheckpointState): SyncCheckpoint {
  return PREFIX + JSON.stringify(state);
}

/** Reads a checkpoint, refusing one of another study or one that is not a checkpoint. */
export function decodeCheckpoint(checkpoint: SyncCheckpoint, studyKey: string): CheckpointState {
  let parsed: unknown;
  try {
    if (!checkpoint.startsWith(PREFIX)) throw new Error('unknown prefix');
    parsed = JSON.parse(checkpoint.slice(PREFIX.length));
  } catch (error) {
    throw new SyncError('The checkpoint cannot be read: it was not written by @imednet/sync 1', {
      cause: error,
    });
  }
  const result = v.safeParse(StateSchema, parsed);
  if (!result.success) throw new SyncError('The checkpoint cannot be read: its fields are damaged');
  if (result.output.studyKey !== studyKey) {
    throw new SyncError(
      `The checkpoint belongs to study "${result.output.studyKey}", not "${studyKey}"`,
    );
  }
  return result.output;
}

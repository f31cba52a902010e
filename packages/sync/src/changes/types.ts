import type { EdcRecord, Query, RecordRevision, Subject, Visit } from '@imednet/resources';
import type { SyncCheckpoint } from './checkpoint.ts';

/** One change of a study, as {@link iterateChanges} yields it. */
export type SyncChange =
  /** A record created or updated since the checkpoint. */
  | { readonly type: 'record'; readonly record: EdcRecord }
  /** A record marked deleted (or whose latest revision says so). */
  | { readonly type: 'deleted'; readonly recordId: number; readonly formKey: string | null }
  /** A subject created or updated since the checkpoint. */
  | { readonly type: 'subject'; readonly subject: Subject }
  /** A query created or updated (a comment added) since the checkpoint. */
  | { readonly type: 'query'; readonly query: Query }
  /** A visit created or updated since the checkpoint. */
  | { readonly type: 'visit'; readonly visit: Visit }
  /** A record revision (audit trail entry) newer than the last one seen. */
  | { readonly type: 'revision'; readonly revision: RecordRevision }
  /** Always last: where the next run starts. */
  | { readonly type: 'checkpoint'; readonly checkpoint: SyncCheckpoint };

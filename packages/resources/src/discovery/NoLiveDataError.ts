import { ImednetError, isImednetError } from '@imednet/core';

/** A discovery helper found nothing usable; `seen` lists the statuses it met on the way. */
export class NoLiveDataError extends ImednetError {
  override readonly code = 'NO_LIVE_DATA' as const;
  override name = 'NoLiveDataError';
  /** What was looked for: `'study'`, `'form'`, `'interval'`, `'site'` or `'subject'`. */
  readonly resource: string;
  readonly studyKey: string | null;
  /** Distinct statuses (or states) of the items that were passed over. */
  readonly seen: readonly string[];

  constructor(resource: string, studyKey: string | null, seen: readonly string[] = []) {
    super(
      `No eligible ${resource}${studyKey === null ? '' : ` in study ${studyKey}`}` +
        (seen.length > 0 ? `; statuses seen: ${seen.join(', ')}` : '; none found'),
    );
    this.resource = resource;
    this.studyKey = studyKey;
    this.seen = Object.freeze([...seen]);
  }
}

/**
 * True for a {@link NoLiveDataError}, also one from another copy of this package.
 *
 * @throws never
 * @example
 * try { await discoverSiteName(client, 'S1') } catch (e) { if (isNoLiveDataError(e)) console.log(e.seen) }
 */
export function isNoLiveDataError(error: unknown): error is NoLiveDataError {
  return isImednetError(error, 'NO_LIVE_DATA');
}

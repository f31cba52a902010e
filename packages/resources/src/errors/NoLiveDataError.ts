import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/** What a `NoLiveDataError` is built from. */
export interface NoLiveDataErrorInit {
  /** What was looked for: `'study'`, `'form'`, `'interval'`, `'site'` or `'subject'`. */
  resource: string;
  studyKey: string | null;
  /** Distinct statuses (or states) of the items that were passed over. */
  seen?: readonly string[];
}

/**
 * A discovery helper found nothing usable; `seen` lists the statuses it met on the way.
 *
 * @example
 * try { await discoverSiteName(client, 'S1') } catch (e) { if (isNoLiveDataError(e)) console.log(e.seen) }
 */
export class NoLiveDataError extends ImednetError {
  override readonly code = 'NO_LIVE_DATA' as const;
  override name = 'NoLiveDataError';
  /** What was looked for: `'study'`, `'form'`, `'interval'`, `'site'` or `'subject'`. */
  declare readonly resource: string;
  declare readonly studyKey: string | null;
  /** Distinct statuses (or states) of the items that were passed over. */
  declare readonly seen: readonly string[];

  constructor(init: NoLiveDataErrorInit, options?: ImednetErrorOptions) {
    const { resource, studyKey } = init;
    const seen = Object.freeze([...(init.seen ?? [])]);
    super(
      `No eligible ${resource}${studyKey === null ? '' : ` in study ${studyKey}`}` +
        (seen.length > 0 ? `; statuses seen: ${seen.join(', ')}` : '; none found'),
      options,
      { resource, studyKey, seen },
    );
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

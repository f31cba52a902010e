import type { CallOptions, Client } from '@imednet/core';
import { iterateIntervals } from '../intervals/iterateIntervals.ts';
import { findFirst } from './findFirst.ts';

/**
 * Finds the name of the first interval that is not disabled.
 *
 * @throws {NoLiveDataError} every interval is disabled, or there is none
 * @throws {ApiError} the server refused the request
 * @example
 * const intervalName = await discoverIntervalName(client, 'PHARMADEMO');
 */
export async function discoverIntervalName(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<string> {
  const interval = await findFirst(
    iterateIntervals(client, studyKey, undefined, { signal: options.signal, readAhead: 0 }),
    (i) => i.disabled !== true && !!i.intervalName,
    (i) => (i.disabled === true ? 'disabled' : 'unnamed'),
    'interval',
    studyKey,
  );
  return interval.intervalName!;
}

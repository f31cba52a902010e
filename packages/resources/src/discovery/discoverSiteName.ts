import type { CallOptions, Client } from '@imednet/core';
import { iterateSites } from '../sites/iterateSites.ts';
import { isSiteEligible } from './eligibility.ts';
import { findFirst } from './findFirst.ts';

/**
 * Finds the name of the first site whose status is active or open for enrollment.
 *
 * @throws {NoLiveDataError} no eligible site (the statuses seen are listed)
 * @throws {ApiError} the server refused the request
 * @example
 * const siteName = await discoverSiteName(client, 'PHARMADEMO');
 */
export async function discoverSiteName(
  client: Client,
  studyKey: string,
  options: CallOptions = {},
): Promise<string> {
  const site = await findFirst(
    iterateSites(client, studyKey, undefined, { signal: options.signal, readAhead: 0 }),
    (s) => isSiteEligible(s) && !!s.siteName,
    (s) => s.siteEnrollmentStatus,
    'site',
    studyKey,
  );
  return site.siteName!;
}

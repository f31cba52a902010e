import type { DashboardSource } from './types.ts';

/** Options of {@link cachedSource}. */
export interface CacheOptions {
  /** How long an answer is reused; default 10 minutes. */
  readonly ttlMs?: number;
  /** The clock; default `Date.now`. */
  readonly now?: () => number;
}

/** Default lifetime of a cached list: re-renders within it make no request. */
export const CACHE_TTL_MS = 10 * 60_000;

/**
 * Wraps a source so that each list is fetched once per study and call for `ttlMs`, so
 * re-rendering a page does not hammer the API. The cache key is the call's name, the study
 * key and the record id: never a credential. A failed call is not kept.
 *
 * @throws never
 * @example
 * const source = cachedSource(apiSource(client), { ttlMs: 60_000 });
 */
export function cachedSource(source: DashboardSource, options: CacheOptions = {}): DashboardSource {
  const ttlMs = options.ttlMs ?? CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();

  function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = entries.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = load();
    entries.set(key, { at: now(), value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  }

  return {
    listStudies: (signal) => cached('studies', () => source.listStudies(signal)),
    listSites: (k, signal) => cached(`sites\0${k}`, () => source.listSites(k, signal)),
    listSubjects: (k, signal) => cached(`subjects\0${k}`, () => source.listSubjects(k, signal)),
    listRecords: (k, signal) => cached(`records\0${k}`, () => source.listRecords(k, signal)),
    listForms: (k, signal) => cached(`forms\0${k}`, () => source.listForms(k, signal)),
    listIntervals: (k, signal) => cached(`intervals\0${k}`, () => source.listIntervals(k, signal)),
    listQueries: (k, signal) => cached(`queries\0${k}`, () => source.listQueries(k, signal)),
    listVisits: (k, signal) => cached(`visits\0${k}`, () => source.listVisits(k, signal)),
    listRecordRevisions: (k, id, signal) =>
      cached(`revisions\0${k}\0${id}`, () => source.listRecordRevisions(k, id, signal)),
  };
}

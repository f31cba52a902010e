import { NoLiveDataError } from './NoLiveDataError.ts';

/**
 * Returns the first item that passes `eligible`, reading lazily (paging stops there).
 * Otherwise throws a NoLiveDataError listing the distinct statuses of what was passed over.
 * Callers page with `readAhead: 0`: the first page usually holds the answer, so pages read
 * ahead would be requested only to be cancelled.
 */
export async function findFirst<T>(
  items: AsyncIterable<T>,
  eligible: (item: T) => boolean,
  status: (item: T) => string | null,
  resource: string,
  studyKey: string | null,
): Promise<T> {
  const seen = new Set<string>();
  for await (const item of items) {
    if (eligible(item)) return item;
    seen.add(status(item) ?? '(none)');
  }
  throw new NoLiveDataError(resource, studyKey, [...seen]);
}

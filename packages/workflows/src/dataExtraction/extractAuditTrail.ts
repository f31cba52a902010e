import { type Client, type FilterObject, InvalidInputError } from '@imednet/core';
import { iterateRecordRevisions, type ListOptions, type RecordRevision } from '@imednet/resources';
import { chunkFilterValues } from '../internal/chunkValues.ts';

/** Which revisions {@link extractAuditTrail} yields. */
export interface AuditTrailCriteria {
  /** Start of the range, inclusive: a Date or an ISO 8601 string (a bare date is UTC midnight). */
  from?: Date | string;
  /** End of the range, exclusive: a Date or an ISO 8601 string. */
  to?: Date | string;
  /** Only revisions by this user (login), or by any of these users. */
  user?: string | readonly string[];
  /** Further conditions on revision fields (not dateCreated or user: use the options above). */
  filters?: FilterObject<keyof RecordRevision & string>;
}

/**
 * Streams a study's audit trail (record revisions) created in a real date range `[from, to)`,
 * optionally by one or more users. The range goes to the server as a pair of comparisons and is
 * checked again on each revision, so a revision without a creation date is left out when a
 * range is given. Any number of users may be given: the user filter is split into requests
 * that each stay within the filter bounds (50 OR branches, about 3 KB), asked one after the
 * other; the revisions of each request come in the server's order, requests in the order of
 * the users given (repeated users asked once), and a revision is never yielded twice.
 * Nothing is fetched until iterated.
 *
 * @throws {InvalidInputError} an unreadable date, `from` after `to`, an empty user, or a
 *   filter on dateCreated or user, or other filters too wide to add users to (when
 *   iteration starts)
 * @throws {ApiError} the server refused a request
 * @example
 * for await (const rev of extractAuditTrail(client, 'STUDY-1', {
 *   from: '2024-01-01', to: '2024-02-01', user: 'jdoe',
 * })) console.log(rev.recordId, rev.reasonForChange);
 */
export async function* extractAuditTrail(
  client: Client,
  studyKey: string,
  criteria: AuditTrailCriteria = {},
  options: ListOptions = {},
): AsyncGenerator<RecordRevision> {
  const from = readDate(criteria.from, 'from');
  const to = readDate(criteria.to, 'to');
  if (from && to && from.getTime() > to.getTime()) {
    throw new InvalidInputError({ details: [{ field: 'from', message: '"from" is after "to"' }] });
  }
  const extra = criteria.filters ?? {};
  for (const field of ['dateCreated', 'user'] as const) {
    if (extra[field] !== undefined) {
      throw new InvalidInputError({
        details: [
          {
            field,
            message: `use the ${field === 'user' ? 'user' : 'from/to'} criteria, not a filter on ${field}`,
          },
        ],
      });
    }
  }
  const users = criteria.user === undefined ? undefined : [criteria.user].flat();
  if (users && (users.length === 0 || users.some((u) => typeof u !== 'string' || u === ''))) {
    throw new InvalidInputError({
      details: [{ field: 'user', message: 'user must be a login or a list of logins' }],
    });
  }
  const range: ['>=' | '<', Date][] = [];
  if (from) range.push(['>=', from]);
  if (to) range.push(['<', to]);
  const filters: FilterObject = { ...extra };
  if (range.length > 0) filters.dateCreated = range;
  const chunks = users
    ? chunkFilterValues(studyKey, [...new Set(users)], filters, 'users')
    : [undefined];
  // A revision has one user, so chunks cannot overlap; a server that compares logins without
  // case could still answer one revision twice.
  const seen = chunks.length > 1 ? new Set<number>() : undefined;
  for (const chunk of chunks) {
    const request = chunk ? { ...filters, user: chunk.length === 1 ? chunk[0]! : chunk } : filters;
    for await (const revision of iterateRecordRevisions(client, studyKey, request, options)) {
      if (range.length > 0 && !inRange(revision.dateCreated, from, to)) continue;
      if (seen) {
        if (seen.has(revision.recordRevisionId)) continue;
        seen.add(revision.recordRevisionId);
      }
      yield revision;
    }
  }
}

function readDate(value: Date | string | undefined, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' ? parseUtc(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new InvalidInputError({
      details: [{ field, message: `"${field}" is not a readable date or timestamp` }],
    });
  }
  return date;
}

/** An ISO string; without a zone it is UTC, as the API's own timestamps are. */
function parseUtc(text: string): Date {
  const zoneless = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  return new Date(zoneless ? `${text.replace(' ', 'T')}Z` : text);
}

function inRange(date: Date | null, from: Date | undefined, to: Date | undefined): boolean {
  if (!date) return false;
  const t = date.getTime();
  return (!from || t >= from.getTime()) && (!to || t < to.getTime());
}

import type { CallOptions, FilterObject, Filters, Sort } from '@imednet/core';
import type * as v from 'valibot';

/** What the shared operations need to know about one resource. */
export interface ResourceDefinition<T> {
  /** The API's name for the resource, used in paths, errors and hooks: `'records'`. */
  readonly name: string;
  /** False for studies, the only list not under `/studies/{k}`. */
  readonly scoped: boolean;
  readonly schema: v.GenericSchema<unknown, T>;
  /** The field `getX` matches on (api-contract §2). */
  readonly idField: keyof T & string;
  /** The Python SDK's page size for this resource (500 or 100), used by one-page reads. */
  readonly pageSize: number;
  /** Add `studyKey==<k>` to every OR branch of the filter, as the Python SDK does. */
  readonly studyFilter?: boolean;
  /**
   * Users have no `filter` parameter: their object filters are matched with this while paging.
   * Only the users definition imports the matcher, so other lists do not carry it.
   */
  readonly localFilter?: (item: unknown, filters: FilterObject) => boolean;
  /**
   * The users' query in place of `filter`: checks the filters and sets `includeInactive`.
   * Defined by users only, so other lists do not carry it.
   */
  readonly localQuery?: (
    filters: Filters | undefined,
    options: AnyListOptions,
  ) => Record<string, string | boolean | undefined>;
}

/** Options of every list, iterate and page call. */
export interface ListOptions extends CallOptions {
  /** One sort property: `'dateCreated'`, `'dateCreated,DESC'` or `{ dateCreated: 'DESC' }`. */
  sort?: Sort;
  /**
   * Items per request, at most 500. Whole reads (`iterateX`, `listX`) default to core's
   * `DEFAULT_READ_PAGE_SIZE`; one-page reads (`listXPage`) to 500 for forms, intervals and
   * variables, else 100.
   */
  pageSize?: number;
  /**
   * Whole reads: pages requested ahead of the one being read (0: one request at a time).
   * Defaults to the client's `readAhead`.
   */
  readAhead?: number;
  /**
   * What an unreadable item does: `'throw'` (default) rejects with a
   * `ResponseValidationError`; `'report'` calls the client's `hooks.onValidationIssue` for
   * each bad value and keeps the item with those values left as sent.
   */
  onInvalid?: 'throw' | 'report';
}

/** Options of `listRecords`, `iterateRecords` and `listRecordsPage`. */
export interface ListRecordsOptions extends ListOptions {
  /** A filter on recordData variables; `=~` ("contains") is allowed here. */
  recordDataFilter?: Filters<string>;
}

/** Options of `listUsers`, `iterateUsers` and `listUsersPage`. */
export interface ListUsersOptions extends ListOptions {
  /** Include users no longer active in the study (default false). */
  includeInactive?: boolean;
}

/** The page wanted by a `listXPage` call (0-based). */
export interface PageOptions {
  page: number;
}

/** Everything a list call may carry, as the shared helpers see it. */
export type AnyListOptions = ListOptions & {
  recordDataFilter?: Filters<string>;
  includeInactive?: boolean;
};

/** One page of decoded items with the server's paging figures. */
export interface PageResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalPages: number | null;
  totalElements: number | null;
}

/** A filter on the fields of `T` (an object), or a raw filter string. */
export type FiltersOf<T> = Filters<keyof T & string>;

import type { CallOptions } from '../request/types.ts';

/** One page of a list, with the paging figures the server reported. */
export interface Page<T = unknown> {
  items: T[];
  /** 0-based page number. */
  page: number;
  /** The page size the response reports (else the one asked for). */
  pageSize: number;
  totalPages: number | null;
  totalElements: number | null;
}

/** Options of `paginate`. */
export interface PaginateOptions extends CallOptions {
  /** Default DEFAULT_READ_PAGE_SIZE; at most MAX_PAGE_SIZE. */
  pageSize?: number;
  /**
   * Pages requested ahead of the one being read, once `totalPages` is known; 0 is one request
   * at a time. Default: the client's `readAhead`.
   */
  readAhead?: number;
  /** 0-based; default 0. */
  startPage?: number;
  /** Loop guard; default 100 000 pages. */
  maxPages?: number;
  /**
   * A `totalElements` that disagrees with what arrived: throw (default) or call
   * `hooks.onPaginationMismatch` (still throws when the client has no such hook).
   */
  onCountMismatch?: 'error' | 'hook';
}

/** Options of `fetchPage`. */
export interface FetchPageOptions extends CallOptions {
  page: number;
  pageSize: number;
}

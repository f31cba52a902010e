import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What `PaginationError` is built from. */
export interface PaginationErrorInit {
  message: string;
  url: string;
  page?: number;
  expected?: number;
  received?: number;
}

/** The server's paging cannot be trusted: a repeated page, too many pages, a count mismatch. */
export class PaginationError extends ImednetError {
  override readonly code = 'PAGINATION_ERROR' as const;
  override name = 'PaginationError';
  declare readonly url: string;
  declare readonly page: number | null;
  declare readonly expected: number | null;
  declare readonly received: number | null;

  constructor(init: PaginationErrorInit, options?: ImednetErrorOptions) {
    const { message, ...fields } = init;
    super(message, options, { page: null, expected: null, received: null, ...fields });
  }
}

/**
 * True for a PaginationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isPaginationError(e)) console.error(e.expected, e.received)
 */
export const isPaginationError = (e: unknown): e is PaginationError =>
  isImednetError(e, 'PAGINATION_ERROR');

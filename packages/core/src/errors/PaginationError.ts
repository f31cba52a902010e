import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/** The server's paging cannot be trusted: a repeated page, too many pages, a count mismatch. */
export class PaginationError extends ImednetError {
  override readonly code = 'PAGINATION_ERROR' as const;
  override name = 'PaginationError';
  readonly url: string;
  readonly page: number | null;
  readonly expected: number | null;
  readonly received: number | null;

  constructor(
    message: string,
    init: { url: string; page?: number; expected?: number; received?: number },
    options?: ImednetErrorOptions,
  ) {
    super(message, options);
    this.url = init.url;
    this.page = init.page ?? null;
    this.expected = init.expected ?? null;
    this.received = init.received ?? null;
  }
}

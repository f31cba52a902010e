import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/** One attempt took longer than the client's `timeout`. */
export class TimeoutError extends ImednetError {
  override readonly code = 'TIMEOUT' as const;
  override name = 'TimeoutError';
  readonly method: string;
  readonly url: string;
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(
    init: { method: string; url: string; timeout: number },
    options?: ImednetErrorOptions,
  ) {
    super(`${init.method} ${init.url} timed out after ${init.timeout} ms`, options);
    this.method = init.method;
    this.url = init.url;
    this.timeout = init.timeout;
  }
}

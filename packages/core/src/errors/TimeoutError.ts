import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What `TimeoutError` is built from. */
export interface TimeoutErrorInit {
  method: string;
  url: string;
  timeout: number;
}

/** One attempt took longer than the client's `timeout`. */
export class TimeoutError extends ImednetError {
  override readonly code = 'TIMEOUT' as const;
  override name = 'TimeoutError';
  declare readonly method: string;
  declare readonly url: string;
  /** The per-attempt limit that was exceeded, in milliseconds. */
  declare readonly timeout: number;

  constructor(init: TimeoutErrorInit, options?: ImednetErrorOptions) {
    super(`${init.method} ${init.url} timed out after ${init.timeout} ms`, options, init);
  }
}

/**
 * True for a TimeoutError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isTimeoutError(e)) console.log(e.timeout)
 */
export const isTimeoutError = (e: unknown): e is TimeoutError => isImednetError(e, 'TIMEOUT');

import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What `NetworkError` is built from. */
export interface NetworkErrorInit {
  method: string;
  url: string;
  message?: string;
}

/** The request never got an HTTP answer (DNS, connection reset, TLS, ...). */
export class NetworkError extends ImednetError {
  override readonly code = 'NETWORK_ERROR' as const;
  override name = 'NetworkError';
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: NetworkErrorInit, options?: ImednetErrorOptions) {
    super(init.message ?? `${init.method} ${init.url} failed: network error`, options, init);
  }
}

/**
 * True for a NetworkError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isNetworkError(e)) console.log(e.cause)
 */
export const isNetworkError = (e: unknown): e is NetworkError => isImednetError(e, 'NETWORK_ERROR');

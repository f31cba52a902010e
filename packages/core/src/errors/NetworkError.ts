import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/** The request never got an HTTP answer (DNS, connection reset, TLS, ...). */
export class NetworkError extends ImednetError {
  override readonly code = 'NETWORK_ERROR' as const;
  override name = 'NetworkError';
  declare readonly method: string;
  declare readonly url: string;

  constructor(
    init: { method: string; url: string; message?: string },
    options?: ImednetErrorOptions,
  ) {
    super(init.message ?? `${init.method} ${init.url} failed: network error`, options, init);
  }
}

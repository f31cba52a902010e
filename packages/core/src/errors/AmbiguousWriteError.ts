import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/**
 * A write (POST) was sent, then the connection was lost or the attempt timed out before the
 * answer arrived: the server may have applied it, or not. Never retried on its own, since a
 * second POST may create the records twice. `cause` is the `NetworkError` or `TimeoutError`.
 */
export class AmbiguousWriteError extends ImednetError {
  override readonly code = 'AMBIGUOUS_WRITE' as const;
  override name = 'AmbiguousWriteError';
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: { method: string; url: string }, options?: ImednetErrorOptions) {
    super(
      `${init.method} ${init.url} may have been applied: the answer was lost after the request ` +
        'was sent. Check before sending it again (for records: list them, e.g. by their ' +
        'dateCreated or a value of your own, or poll the job if a batchId is known); it is ' +
        'never retried automatically.',
      options,
      init,
    );
  }
}

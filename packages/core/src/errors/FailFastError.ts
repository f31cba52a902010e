import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What a `FailFastError` is built from. */
export interface FailFastErrorInit {
  /** What failed first, e.g. `'study S2'`, `'batch 3'`, `'job 8f2c'`. */
  source: string;
  /** How it ended, when that says more than "failed" (e.g. `'TIMEOUT'`). */
  outcome?: string | undefined;
}

/**
 * The abort reason of work cancelled by `failFast`: one unit (a study, a batch, a job) did not
 * succeed, so the rest were stopped. The same class in the orchestrator, jobs and export.
 * Its `name` is `'AbortError'`, as for any abort, so code that checks for an abort by name
 * treats it as one; `code` and `source` say why.
 *
 * @example
 * signal.addEventListener('abort', () => { if (isFailFastError(signal.reason)) console.log(signal.reason.source) })
 */
export class FailFastError extends ImednetError {
  override readonly code = 'FAIL_FAST' as const;
  override name = 'AbortError';
  declare readonly source: string;
  declare readonly outcome: string | null;

  constructor(init: FailFastErrorInit, options?: ImednetErrorOptions) {
    const ended = init.outcome ? `ended ${init.outcome}` : 'failed';
    super(`Cancelled because ${init.source} ${ended} (failFast)`, options, {
      source: init.source,
      outcome: init.outcome ?? null,
    });
  }
}

/**
 * True for a FailFastError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isFailFastError(signal.reason)) console.log('cancelled by', signal.reason.source)
 */
export const isFailFastError = (e: unknown): e is FailFastError => isImednetError(e, 'FAIL_FAST');

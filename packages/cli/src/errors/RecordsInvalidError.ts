import { ImednetError, isImednetError } from '@imednet/core';

/**
 * Records that failed validation; nothing was sent.
 *
 * @example
 * throw new RecordsInvalidError('2 problem(s) in 1 record(s); nothing was sent');
 */
export class RecordsInvalidError extends ImednetError {
  override name = 'RecordsInvalidError';
  override readonly code = 'RECORDS_INVALID' as const;
}

/**
 * Whether a value is a {@link RecordsInvalidError}, by its brand and code so that it works across copies.
 *
 * @throws never
 * @example
 * if (isRecordsInvalidError(error)) process.exitCode = 1;
 */
export function isRecordsInvalidError(value: unknown): value is RecordsInvalidError {
  return isImednetError(value, 'RECORDS_INVALID');
}

import { ImednetError, isImednetError } from '@imednet/core';

/**
 * A records file that cannot be used, with the line or item at fault.
 *
 * @example
 * throw new RecordsFileError('line 3: 2 cells for 4 columns');
 */
export class RecordsFileError extends ImednetError {
  override name = 'RecordsFileError';
  override readonly code = 'RECORDS_FILE_ERROR' as const;
}

/**
 * Whether a value is a {@link RecordsFileError}, by its brand and code so that it works across copies.
 *
 * @throws never
 * @example
 * if (isRecordsFileError(error)) process.exitCode = 1;
 */
export function isRecordsFileError(value: unknown): value is RecordsFileError {
  return isImednetError(value, 'RECORDS_FILE_ERROR');
}

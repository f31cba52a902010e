import { ImednetError, isImednetError } from '@imednet/core';

/**
 * Raised for bad export input (an unknown format, a value a typed column cannot hold,
 * a table too wide to split, a clashing table) and for failures of the output itself.
 */
export class ExportError extends ImednetError {
  override readonly code = 'EXPORT_ERROR' as const;
  override name = 'ExportError';
}

/**
 * Tells whether a value is an {@link ExportError}, also across duplicate package copies.
 *
 * @throws never
 * @example
 * try { await exportStudy(client, 'STUDY', { format: 'csv', out }); }
 * catch (e) { if (isExportError(e)) console.error(e.message); }
 */
export function isExportError(error: unknown): error is ExportError {
  return isImednetError(error, 'EXPORT_ERROR');
}

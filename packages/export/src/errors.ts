/**
 * Raised for bad export input (an unknown format, a value a typed column cannot hold,
 * a table too wide to split) and for failures of the output itself.
 */
export class ExportError extends Error {
  readonly code = 'EXPORT_ERROR' as const;
  override readonly name = 'ExportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Tells whether a value is an {@link ExportError}, also across duplicate package copies.
 *
 * @throws never.
 * @example
 * try { await exportStudy(client, 'STUDY', { format: 'csv', out }); }
 * catch (e) { if (isExportError(e)) console.error(e.message); }
 */
export function isExportError(error: unknown): error is ExportError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'EXPORT_ERROR'
  );
}

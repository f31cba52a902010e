import { ImednetError, isImednetError } from './ImednetError.ts';

/** Invalid or missing client configuration (keys, base URL, options). */
export class ConfigurationError extends ImednetError {
  override readonly code = 'CONFIGURATION_ERROR' as const;
  override name = 'ConfigurationError';
}

/**
 * True for a ConfigurationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isConfigurationError(e)) console.error(e.message)
 */
export const isConfigurationError = (e: unknown): e is ConfigurationError =>
  isImednetError(e, 'CONFIGURATION_ERROR');

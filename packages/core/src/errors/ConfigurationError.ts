import { ImednetError } from './ImednetError.ts';

/** Invalid or missing client configuration (keys, base URL, options). */
export class ConfigurationError extends ImednetError {
  override readonly code = 'CONFIGURATION_ERROR' as const;
  override name = 'ConfigurationError';
}

import { createRequire } from 'node:module';

/**
 * The CLI's version, from its package.json (one folder above both `src/` and `dist/`).
 *
 * @throws Error when package.json cannot be read
 * @example
 * readVersion(); // '0.1.0'
 */
export function readVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

import { ExportError } from '../errors.ts';

/**
 * An SQL identifier in double quotes with inner quotes doubled, which SQLite and DuckDB
 * read as a plain name whatever it holds. NUL cannot be quoted and is refused.
 *
 * @throws {ExportError} for a name containing NUL.
 * @example
 * quoteIdentifier('AE form'); // '"AE form"'
 */
export function quoteIdentifier(name: string): string {
  if (name.includes('\0')) throw new ExportError('An SQL name cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

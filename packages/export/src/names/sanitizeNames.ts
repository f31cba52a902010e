import { uniqueNames } from '../internal/uniqueNames.ts';
import { sanitizeName } from './sanitizeName.ts';

/**
 * Sanitises many keys at once (see {@link sanitizeName}) and keeps the results distinct,
 * compared case-blind as on Windows and macOS file systems: a later key whose safe name
 * clashes with an earlier one gets `_2`, `_3`, ... (`'a/b'` and `'a_b'` become `'a_b'` and
 * `'a_b_2'`). Results are in the order of the keys.
 *
 * @throws never.
 * @example
 * sanitizeNames(['AE', 'ae', 'A/E']); // ['AE', 'ae_2', 'A_E']
 */
export function sanitizeNames(names: readonly string[]): string[] {
  return uniqueNames(names.map(sanitizeName), { caseInsensitive: true });
}

/** Device names Windows refuses as file names, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 100;

/**
 * Turns a study or form key into a safe file or table name: only ASCII letters, digits,
 * `.`, `_` and `-` (anything else, `/`, `\` and NUL included, becomes `_`), no leading
 * dot (so no `..` and no hidden files), no trailing dot, no Windows device name,
 * at most 100 characters, never empty.
 *
 * @throws never.
 * @example
 * sanitizeName('../etc/passwd'); // '__etc_passwd'
 * sanitizeName('AE form');       // 'AE_form'
 */
export function sanitizeName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, MAX_LENGTH)
    .replace(/\.+$/, '');
  if (safe === '') safe = '_';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

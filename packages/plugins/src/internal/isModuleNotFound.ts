/**
 * Whether an import failure means the module itself could not be found (as opposed to a
 * module that was found but threw, or that imports something missing). Runtimes word this
 * differently, so both the error code and the message are read, and the part of the message
 * that names the missing module (before "imported from") must name the specifier we asked for.
 */
export function isModuleNotFound(error: unknown, specifier: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = (typeof message === 'string' ? message : '').split(/ imported from /)[0]!;
  const notFound =
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /cannot find (module|package)|failed to resolve module|failed to load url|does not exist/i.test(
      text,
    );
  if (!notFound) return false;
  return namesOf(specifier).some((name) => text.includes(name));
}

/** The forms a specifier can take in an error message. */
function namesOf(specifier: string): string[] {
  const names = [specifier];
  if (specifier.startsWith('file:')) {
    try {
      names.push(decodeURIComponent(new URL(specifier).pathname));
    } catch {
      // not a valid URL: the raw specifier is all we can match
    }
  } else if (!/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier)) {
    names.push(packageNameOf(specifier));
  }
  return names;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * Copies headers with their names lower-cased, refusing a name that is not a token and a
 * value with CR, LF or NUL (a server could split it into a second header). `fail` throws the
 * caller's error. The message never holds the value: it may be a credential.
 */
export function checkHeaderList(
  headers: Readonly<Record<string, unknown>>,
  fail: (message: string) => never,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      fail(`invalid header name ${JSON.stringify(name)}`);
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      fail(`header ${name} must be a string without CR or LF`);
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

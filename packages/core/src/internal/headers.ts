/**
 * A character a header value cannot carry: CR, LF or NUL (a server could split the value into
 * a second header), another control character (C0 or C1) or DEL (refused by fetch or the server), or one
 * outside Latin-1 (fetch cannot send it). Tab is allowed.
 */
export const BAD_HEADER_VALUE = /[^\t\x20-\x7e\xa0-\xff]/;

/**
 * Copies headers with their names lower-cased, refusing a name that is not a token and a
 * value holding a character of {@link BAD_HEADER_VALUE}. `fail` throws the caller's error. The
 * message never holds the value: it may be a credential.
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
    if (typeof value !== 'string' || BAD_HEADER_VALUE.test(value)) {
      fail(
        `header ${name} must be a string without CR, LF, control characters or characters outside Latin-1`,
      );
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

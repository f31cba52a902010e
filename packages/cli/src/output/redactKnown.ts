/** Text that replaces a secret wherever it would have been printed (the same as core's mask). */
export const REDACTED = '********';

/**
 * Masks every occurrence of the given secrets in a text. This is the CLI's last line of
 * defence: everything it prints goes through here, whatever produced it (error messages,
 * stack traces, causes, data). Secrets shorter than 4 characters are not masked, since
 * masking them would mangle ordinary output and such a value guards nothing.
 *
 * @throws never
 * @example
 * redactKnown('key=abcd1234', ['abcd1234']); // 'key=********'
 */
export function redactKnown(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}

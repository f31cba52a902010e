import { MASK, SENT_SECRETS } from '../internal/symbols.ts';
import { clientOptions } from './clientOptions.ts';
import type { Client } from './types.ts';

/** How many distinct secrets a client remembers from its auth strategy (rotation keeps adding). */
const MAX_REMEMBERED = 64;

/**
 * Masks the client's keys, every secret its auth strategy has sent (rotating keys, tokens),
 * and any `extra` secrets, wherever they occur in `text`.
 *
 * @throws {ConfigurationError} when `client` was not made by `createClient`.
 * @example
 * logger.info(redactSecrets(client, responseText))
 */
export function redactSecrets(client: Client, text: string, extra: readonly string[] = []): string {
  return maskAll(text, [...secretsOf(client), ...extra]);
}

/**
 * The client's keys and the secrets its auth strategy has sent so far.
 *
 * @throws {ConfigurationError} when `client` was not made by `createClient`.
 */
export function secretsOf(client: Client): string[] {
  const { apiKey, securityKey } = clientOptions(client);
  const sent = (client as unknown as Record<symbol, Set<string> | undefined>)[SENT_SECRETS];
  return [apiKey ?? '', securityKey ?? '', ...(sent ?? [])];
}

/**
 * Remembers the values of auth headers (and their long words: a server may echo the token of
 * `Bearer <token>` alone), so that errors raised later, in any package, mask them too.
 */
export function rememberSecrets(client: Client, headers: Readonly<Record<string, string>>): void {
  const found: string[] = [];
  for (const value of Object.values(headers)) {
    found.push(value, ...value.split(/\s+/).filter((word) => word.length >= 8));
  }
  const sent = (client as unknown as Record<symbol, Set<string> | undefined>)[SENT_SECRETS];
  if (sent) {
    for (const secret of found) {
      sent.delete(secret);
      sent.add(secret);
    }
    for (const old of sent) {
      if (sent.size <= MAX_REMEMBERED) break;
      sent.delete(old);
    }
  }
}

/**
 * Replaces every occurrence of each secret (longest first, so no partial leaks), also in the
 * escaped forms JSON may give it (`\/`, `\"`, `\\`).
 */
export function maskAll(text: string, secrets: readonly (string | undefined)[]): string {
  const list = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    const escaped = JSON.stringify(secret).slice(1, -1);
    list.add(secret).add(escaped).add(escaped.replaceAll('/', '\\/'));
  }
  let out = text;
  for (const secret of [...list].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(MASK);
  }
  return out;
}

/**
 * A copy of a JSON value with the secrets masked in every string, nested ones included: a
 * server may echo a key JSON-escaped (`\u0041…`), which only parsing reveals. Object keys are
 * left as they are.
 */
export function maskJson<T>(value: T, secrets: readonly (string | undefined)[]): T {
  if (value === undefined) return value;
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'string' ? maskAll(item, secrets) : item,
    ),
  );
}

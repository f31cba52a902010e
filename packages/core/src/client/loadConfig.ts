import { DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, ENV_SECURITY_KEY } from '../constants.ts';
import { ConfigurationError } from '../errors/ConfigurationError.ts';
import { readEnv, trimmed } from '../internal/env.ts';
import { INSPECT, MASK } from '../internal/symbols.ts';

/** What `loadConfig` reads. */
export interface ConfigInput {
  apiKey: string;
  securityKey: string;
  baseUrl: string;
}

/** Resolved settings; printing it (JSON, util.inspect, String) masks the keys. */
export interface ImednetConfig {
  readonly apiKey: string;
  readonly securityKey: string;
  readonly baseUrl: string;
  toJSON(): Record<string, unknown>;
  toString(): string;
}

/**
 * Reads the keys and base URL from `overrides`, else from the environment (`IMEDNET_API_KEY`,
 * `IMEDNET_SECURITY_KEY`, `IMEDNET_BASE_URL`), with the Python SDK's semantics: values are
 * trimmed, blank counts as missing, and a missing key is an error naming it.
 * `env` defaults to `globalThis.process?.env`, and to nothing where there is no process.
 *
 * @throws {ConfigurationError} naming each missing setting (never printing a value).
 * @example
 * const client = createClient(loadConfig())
 */
export function loadConfig(
  overrides: Partial<ConfigInput> = {},
  env: Readonly<Record<string, string | undefined>> = readEnv(),
): ImednetConfig {
  const apiKey = trimmed(overrides.apiKey) ?? trimmed(env[ENV_API_KEY]);
  const securityKey = trimmed(overrides.securityKey) ?? trimmed(env[ENV_SECURITY_KEY]);
  const baseUrl = trimmed(overrides.baseUrl) ?? trimmed(env[ENV_BASE_URL]) ?? DEFAULT_BASE_URL;
  const missing = [
    apiKey === undefined ? `apiKey (${ENV_API_KEY})` : '',
    securityKey === undefined ? `securityKey (${ENV_SECURITY_KEY})` : '',
  ].filter(Boolean);
  if (apiKey === undefined || securityKey === undefined) {
    throw new ConfigurationError(`Missing iMednet credentials: ${missing.join(' and ')}`);
  }
  const summary = () => ({ apiKey: MASK, securityKey: MASK, baseUrl });
  const config = { apiKey, securityKey, baseUrl } as ImednetConfig;
  for (const [key, value] of [
    ['toJSON', summary],
    ['toString', () => `ImednetConfig(${baseUrl})`],
    [INSPECT, () => ({ ImednetConfig: summary() })],
  ] as const) {
    // Not enumerable, so spreading a config into createClient options copies only the settings.
    Object.defineProperty(config, key, { value, enumerable: false });
  }
  return Object.freeze(config);
}

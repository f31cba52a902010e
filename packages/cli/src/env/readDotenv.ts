import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` in the given folder into a plain object (an empty one when there is none).
 * Keys are never passed as flags, so that they stay out of shell history: they come from
 * the environment or from this file.
 *
 * @throws Error when the file exists but cannot be read
 * @example
 * const fromFile = readDotenv(process.cwd());
 */
export function readDotenv(folder: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(join(folder, '.env'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return parseEnv(text) as Record<string, string>;
}

/**
 * The environment the CLI works with: the `.env` file's values under the real environment's
 * (a variable set in the shell wins over the file).
 *
 * @throws Error when `.env` exists but cannot be read
 * @example
 * const env = mergeEnv(process.env, process.cwd());
 */
export function mergeEnv(
  env: Readonly<Record<string, string | undefined>>,
  folder: string,
): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...readDotenv(folder) };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  return merged;
}

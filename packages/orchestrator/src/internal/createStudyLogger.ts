import { type Client, redactSecrets } from '@imednet/core';
import type { LogFields, Logger } from '../Logger.ts';

/**
 * Wraps `base` so every entry carries `studyKey` and no secret of `client`; with no base
 * logger, entries go nowhere (silent by default). Errors thrown by `base` are swallowed.
 */
export function createStudyLogger(
  client: Client,
  studyKey: string,
  base: Logger | undefined,
): Logger {
  const redact = (text: string): string => redactSecrets(client, text);
  const entry = (level: keyof Logger) => (message: string, fields?: LogFields) => {
    if (!base) return;
    const clean: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields ?? {})) clean[name] = scrub(value, redact);
    // Last, so that a pipeline's own field cannot mask which study an entry is about.
    clean.studyKey = studyKey;
    try {
      base[level](redact(String(message)), clean);
    } catch {
      // A broken logger must not turn a study's result into an exception.
    }
  };
  return {
    debug: entry('debug'),
    info: entry('info'),
    warn: entry('warn'),
    error: entry('error'),
  };
}

function scrub(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  return value;
}

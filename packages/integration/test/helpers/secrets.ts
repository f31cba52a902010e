// Marked keys and the ways a secret could escape: every string a value can turn into.
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';

function mark(prefix: string): string {
  return `${prefix}${randomBytes(18).toString('hex')}`;
}

export const API_KEY = mark('mkApi');
export const SECURITY_KEY = mark('mkSec');

// Any 12 characters of a key in a row count as a leak: a truncated or partly masked key is
// still a leak.
const WINDOW = 12;
const windows = [API_KEY, SECURITY_KEY].flatMap((key) =>
  Array.from({ length: key.length - WINDOW + 1 }, (_, i) => key.slice(i, i + WINDOW)),
);

/** The parts of the keys found in `text` (empty: no leak). */
export function leaksIn(text: string): string[] {
  return windows.filter((w) => text.includes(w));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `(not JSON: ${String(error)})`;
  }
}

/**
 * Everything a program may print of a value: String, JSON, util.inspect with hidden
 * properties (what console.log shows), and for errors their message, stack and causes.
 */
export function renderings(value: unknown, depth = 0): string {
  const parts = [
    safeJson(value),
    inspect(value, { depth: 12, showHidden: true }),
    (() => {
      try {
        return String(value);
      } catch {
        return '';
      }
    })(),
  ];
  if (value instanceof Error && depth < 5) {
    parts.push(value.message, value.stack ?? '');
    for (const key of Object.getOwnPropertyNames(value)) {
      parts.push(renderings((value as unknown as Record<string, unknown>)[key], depth + 1));
    }
  }
  return parts.join('\n');
}

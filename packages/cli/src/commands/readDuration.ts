import { UsageError } from '../errors/UsageError.ts';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads a duration flag into milliseconds: `500ms`, `30s`, `5m`, `1h`, or a bare number of
 * seconds (what a person typing a timeout means).
 *
 * @throws UsageError when the text is not such a duration
 * @example
 * readDuration('2m', '--timeout', ['jobs', 'wait']); // 120000
 */
export function readDuration(
  value: unknown,
  flag: string,
  path: readonly string[],
): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(value).trim());
  if (match === null) {
    throw new UsageError({
      message: `${flag} must be a duration such as 500ms, 30s, 5m or 1h, not '${String(value)}'`,
      commandPath: path,
    });
  }
  return Math.round(Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1000));
}

import { UsageError } from '../errors/UsageError.ts';

/**
 * The value of a --port option: a whole number from 0 to 65535, or undefined when absent.
 *
 * @throws UsageError for anything else
 * @example
 * const port = readPort(context.options.port, context.commandPath) ?? 0;
 */
export function readPort(value: unknown, path: readonly string[]): number | undefined {
  const port = readInteger(value, '--port', path);
  if (port !== undefined && (port < 0 || port > 65_535))
    throw new UsageError({ message: '--port must be 0 to 65535', commandPath: path });
  return port;
}

function readInteger(value: unknown, flag: string, path: readonly string[]): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(String(value)))
    throw new UsageError({
      message: `${flag} must be a whole number, not '${String(value)}'`,
      commandPath: path,
    });
  return Number(value);
}

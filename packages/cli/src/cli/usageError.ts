/**
 * A mistake in the command line itself (unknown command or option, missing argument, bad
 * value). The CLI prints its message and the command's usage line and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE_ERROR' as const;
  /** The command whose usage line should be printed with the message, if known. */
  readonly commandPath: readonly string[] | undefined;

  constructor(message: string, commandPath?: readonly string[]) {
    super(message);
    this.commandPath = commandPath;
  }
}

/**
 * Whether a value is a {@link UsageError}, by its code so that it works across copies.
 *
 * @throws never
 * @example
 * if (isUsageError(error)) process.exitCode = 2;
 */
export function isUsageError(value: unknown): value is UsageError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { code?: unknown }).code === 'USAGE_ERROR'
  );
}

import { ImednetError, type ImednetErrorOptions, isImednetError } from '@imednet/core';

/** What a `UsageError` is built from. */
export interface UsageErrorInit {
  message: string;
  /** The command whose usage line should be printed with the message, if known. */
  commandPath?: readonly string[] | undefined;
}

/**
 * A mistake in the command line itself (unknown command or option, missing argument, bad
 * value). The CLI prints its message and the command's usage line and exits with code 2.
 *
 * @example
 * throw new UsageError({ message: '--limit must be a positive integer', commandPath: ['sites'] });
 */
export class UsageError extends ImednetError {
  override name = 'UsageError';
  override readonly code = 'USAGE_ERROR' as const;
  /** The command whose usage line should be printed with the message, if known. */
  declare readonly commandPath: readonly string[] | undefined;

  constructor(init: UsageErrorInit, options?: ImednetErrorOptions) {
    super(init.message, options, { commandPath: init.commandPath });
  }
}

/**
 * Whether a value is a {@link UsageError}, by its brand and code so that it works across copies.
 *
 * @throws never
 * @example
 * if (isUsageError(error)) process.exitCode = 2;
 */
export function isUsageError(value: unknown): value is UsageError {
  return isImednetError(value, 'USAGE_ERROR');
}

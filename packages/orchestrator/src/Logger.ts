/** Structured fields of one log entry. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * A structured logger. `console` fits, as do pino and winston instances
 * (`(message, fields)` is all they are called with).
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

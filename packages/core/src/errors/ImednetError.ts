/**
 * Registered symbol, so that two copies of this package (a bundler duplicate, two versions)
 * still recognise each other's errors: `instanceof` alone fails across copies.
 */
export const ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for(
  '@imednet/core/error',
) as never;

/** Options every error constructor accepts. */
export interface ImednetErrorOptions {
  cause?: unknown;
}

/**
 * Root of every error this toolkit throws. Each subclass has a literal `code`.
 *
 * @example
 * try { await request(client, d) } catch (e) { if (isImednetError(e)) console.log(e.code) }
 */
export class ImednetError extends Error {
  readonly code: string = 'IMEDNET_ERROR';
  override name = 'ImednetError';

  /**
   * The one constructor path of every error here: `fields` become the error's own properties,
   * so subclasses only word their message (the message itself is never overwritten).
   */
  constructor(message: string, options?: ImednetErrorOptions, fields?: object) {
    super(message, options);
    Object.assign(this, fields);
    this.message = message;
    Object.defineProperty(this, ERROR_BRAND, { value: true });
  }

  /** A printable summary; the message and fields never contain a secret. */
  toJSON(): Record<string, unknown> {
    // name, code and message first; the spread adds the own fields (name and code again, same
    // values, same places).
    return { name: this.name, code: this.code, message: this.message, ...(this as object) };
  }
}

/**
 * True for any error of this toolkit, from any copy of the package; with `code`, only that kind.
 *
 * @throws never
 * @example
 * if (isImednetError(e, 'TIMEOUT')) retryLater()
 */
export function isImednetError(error: unknown, code?: string): error is ImednetError {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as Record<symbol, unknown>)[ERROR_BRAND] !== true) return false;
  return code === undefined || (error as ImednetError).code === code;
}
